package dev.carriercontracts.mock.admin.tasks;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.admin.AdminApi;
import dev.carriercontracts.mock.admin.AdminErrorFormat;
import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.carrier.CarrierHandler;

import java.util.Optional;

/** POST /reset: everything, one carrier ({@code ?carrier=}), or one account ({@code &credential=}). */
public final class ResetTask implements CarrierHandler {

    record Reset(String scope) {
    }

    private final AdminApi admin;

    public ResetTask(AdminApi admin) {
        this.admin = admin;
    }

    @Override
    public void handle(CarrierCall call) {
        String carrierId = call.queryParam("carrier");
        String credential = call.queryParam("credential");
        if (carrierId == null) {
            if (credential != null) {
                call.fail(AdminErrorFormat.error(400, "invalid_request", "credential needs carrier: ?carrier=<id>&credential=<id>"));
                return;
            }
            admin.resetAll();
            call.respond(200, new Reset("all"));
            return;
        }
        Optional<Carrier> carrier = ServedCarrier.from(carrierId, call, admin);
        if (carrier.isEmpty()) {
            return;
        }
        if (credential == null) {
            admin.reset(carrier.get());
            call.respond(200, new Reset(carrierId));
        } else {
            admin.reset(carrier.get(), credential);
            call.respond(200, new Reset(carrierId + "/" + credential));
        }
    }
}
