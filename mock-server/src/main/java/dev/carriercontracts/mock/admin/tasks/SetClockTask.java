package dev.carriercontracts.mock.admin.tasks;

import dev.carriercontracts.mock.admin.AdminApi;
import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.carrier.CarrierHandler;
import dev.carriercontracts.mock.clock.ClockMode;

import java.time.Instant;
import java.util.Locale;

/** PUT /clock {"mode": "virtual", "instant": "..."}: freeze, move, or back to real time. */
public final class SetClockTask implements CarrierHandler {

    private final AdminApi admin;

    public SetClockTask(AdminApi admin) {
        this.admin = admin;
    }

    @Override
    public void handle(CarrierCall call) {
        ClockMode mode = ClockMode.valueOf(call.body().path("mode").asText().toUpperCase(Locale.ROOT));
        String instant = call.body().path("instant").asText(null);
        call.respond(200, ClockView.of(admin.setClock(mode, instant == null ? null : Instant.parse(instant))));
    }
}
