package dev.carriercontracts.mock.admin.tasks;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.admin.AdminApi;
import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.carrier.CarrierHandler;
import dev.carriercontracts.mock.carrier.EntityView;

import java.util.List;
import java.util.Optional;

/** GET /{carrier}/entities[?kind=]: the carrier's stored entities with their states (console). */
public final class ListEntitiesTask implements CarrierHandler {

    record Entities(List<EntityView> entities) {
    }

    private final AdminApi admin;

    public ListEntitiesTask(AdminApi admin) {
        this.admin = admin;
    }

    @Override
    public void handle(CarrierCall call) {
        Optional<Carrier> carrier = ServedCarrier.from(call.pathParam("carrier"), call, admin);
        if (carrier.isEmpty()) {
            return;
        }
        String kind = call.queryParam("kind");
        List<EntityView> entities = admin.entities(carrier.get()).stream()
                .filter(e -> kind == null || kind.equals(e.kind()))
                .toList();
        call.respond(200, new Entities(entities));
    }
}
