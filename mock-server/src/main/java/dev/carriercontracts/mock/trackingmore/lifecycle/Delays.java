package dev.carriercontracts.mock.trackingmore.lifecycle;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;

/** The delays in force on one server: the configured ones, the defaults for the rest. */
public final class Delays {

    private final Map<Delay, Duration> values = new EnumMap<>(Delay.class);

    /** @param configured reads a configured delay by name, or returns the fallback it is given */
    public Delays(BiFunction<String, Duration, Duration> configured) {
        for (Delay delay : Delay.values()) {
            values.put(delay, configured.apply(delay.configName(), delay.fallback()));
        }
    }

    public Duration of(Delay delay) {
        return values.get(delay);
    }
}
