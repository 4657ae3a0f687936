package dev.carriercontracts.mock.admin.tasks;

import dev.carriercontracts.mock.admin.AdminErrorFormat;
import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.carrier.CarrierHandler;
import dev.carriercontracts.mock.faults.FaultInjector;
import dev.carriercontracts.mock.faults.FaultRule;
import dev.carriercontracts.mock.faults.FaultRuleCodec;

/** POST /faults: adds a fault rule; answers it with its id. */
public final class AddFaultTask implements CarrierHandler {

    private final FaultInjector faults;

    public AddFaultTask(FaultInjector faults) {
        this.faults = faults;
    }

    @Override
    public void handle(CarrierCall call) {
        FaultRule rule;
        try {
            rule = FaultRuleCodec.read(call.body(), null);
        } catch (IllegalArgumentException e) {
            call.fail(AdminErrorFormat.error(400, "invalid_fault", e.getMessage()));
            return;
        }
        FaultRule added = faults.add(rule);
        // answered as added, not looked up again: a call may use up a `times: 1` rule in between
        call.respond(201, FaultRuleCodec.write(new FaultInjector.ActiveFault(added, added.times())));
    }
}
