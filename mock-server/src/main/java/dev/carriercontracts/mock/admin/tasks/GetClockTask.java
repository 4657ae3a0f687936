package dev.carriercontracts.mock.admin.tasks;

import dev.carriercontracts.mock.admin.AdminApi;
import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.carrier.CarrierHandler;

/** GET /clock: mode and current instant. */
public final class GetClockTask implements CarrierHandler {

    private final AdminApi admin;

    public GetClockTask(AdminApi admin) {
        this.admin = admin;
    }

    @Override
    public void handle(CarrierCall call) {
        call.respond(200, ClockView.of(admin.clock()));
    }
}
