package dev.carriercontracts.mock.admin.tasks;

import dev.carriercontracts.mock.admin.AdminApi;
import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.carrier.CarrierHandler;

import java.util.Comparator;
import java.util.List;

/** GET /health: the server is up, and which carriers it serves where. */
public final class HealthTask implements CarrierHandler {

    record Health(String status, List<ServedCarrierView> carriers) {
    }

    record ServedCarrierView(String id, String basePath) {
    }

    private final AdminApi admin;

    public HealthTask(AdminApi admin) {
        this.admin = admin;
    }

    @Override
    public void handle(CarrierCall call) {
        List<ServedCarrierView> carriers = admin.carriers().stream()
                .sorted(Comparator.naturalOrder())
                .map(c -> new ServedCarrierView(c.id(), c.basePath()))
                .toList();
        call.respond(200, new Health("UP", carriers));
    }
}
