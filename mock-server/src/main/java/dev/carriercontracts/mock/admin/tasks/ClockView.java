package dev.carriercontracts.mock.admin.tasks;

import dev.carriercontracts.mock.clock.MockClock;

import java.time.Instant;
import java.util.Locale;

/** The clock as the admin API shows it. */
record ClockView(String mode, Instant instant, String offset) {

    static ClockView of(MockClock.Reading reading) {
        return new ClockView(reading.mode().name().toLowerCase(Locale.ROOT), reading.instant(), reading.offset().toString());
    }
}
