package dev.carriercontracts.mock.admin.tasks;

import dev.carriercontracts.mock.admin.AdminApi;
import dev.carriercontracts.mock.admin.AdminErrorFormat;
import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.carrier.CarrierHandler;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** POST /clock/advance {"duration": "PT1H"}: moves the clock forward. */
public final class AdvanceClockTask implements CarrierHandler {

    private final AdminApi admin;

    public AdvanceClockTask(AdminApi admin) {
        this.admin = admin;
    }

    @Override
    public void handle(CarrierCall call) {
        String text = call.body().path("duration").asText();
        Duration duration;
        try {
            duration = Duration.parse(text);
        } catch (DateTimeParseException e) {
            call.fail(AdminErrorFormat.error(400, "invalid_duration", "'" + text + "' is not an ISO-8601 duration such as PT1H30M"));
            return;
        }
        if (duration.isNegative()) {
            call.fail(AdminErrorFormat.error(400, "invalid_duration", "the clock only moves forward; got " + text));
            return;
        }
        call.respond(200, ClockView.of(admin.advanceClock(duration)));
    }
}
