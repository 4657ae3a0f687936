package dev.carriercontracts.mock.admin.tasks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.carrier.CarrierHandler;
import dev.carriercontracts.mock.faults.FaultInjector;
import dev.carriercontracts.mock.faults.FaultRuleCodec;

import java.util.List;

/** GET /faults: the active fault rules, with what is left of their {@code times}. */
public final class ListFaultsTask implements CarrierHandler {

    record Faults(List<ObjectNode> faults) {
    }

    private final FaultInjector faults;

    public ListFaultsTask(FaultInjector faults) {
        this.faults = faults;
    }

    @Override
    public void handle(CarrierCall call) {
        call.respond(200, new Faults(faults.list().stream().map(FaultRuleCodec::write).toList()));
    }
}
