package dev.carriercontracts.mock.config;

import dev.carriercontracts.mock.clock.ClockMode;
import dev.carriercontracts.mock.clock.MockClock;

import java.time.Instant;

/**
 * The {@code clock} section: real time, or a virtual clock frozen at {@code start} (now if absent).
 */
public record ClockSettings(ClockMode mode, Instant start) {

    public MockClock newClock() {
        if (mode == ClockMode.VIRTUAL) {
            return MockClock.virtual(start != null ? start : Instant.now());
        }
        MockClock clock = MockClock.system();
        if (start != null) {
            clock.set(start);
        }
        return clock;
    }
}
