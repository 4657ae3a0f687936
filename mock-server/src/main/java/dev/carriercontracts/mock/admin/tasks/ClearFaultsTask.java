package dev.carriercontracts.mock.admin.tasks;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.admin.AdminErrorFormat;
import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.carrier.CarrierHandler;
import dev.carriercontracts.mock.faults.FaultInjector;

import java.util.Optional;

/** DELETE /faults[?carrier=|?id=]: removes every rule, those of one carrier, or one rule. */
public final class ClearFaultsTask implements CarrierHandler {

    private final FaultInjector faults;

    public ClearFaultsTask(FaultInjector faults) {
        this.faults = faults;
    }

    @Override
    public void handle(CarrierCall call) {
        String id = call.queryParam("id");
        String carrierId = call.queryParam("carrier");
        if (id != null) {
            if (!faults.remove(id)) {
                call.fail(AdminErrorFormat.error(404, "unknown_fault", "no active fault rule '" + id + "'"));
                return;
            }
        } else if (carrierId != null) {
            Optional<Carrier> carrier = Carrier.byId(carrierId);
            if (carrier.isEmpty()) {
                call.fail(AdminErrorFormat.error(404, "unknown_carrier", "no carrier '" + carrierId + "'"));
                return;
            }
            faults.clear(carrier.get());
        } else {
            faults.clear();
        }
        call.respondEmpty(204);
    }
}
