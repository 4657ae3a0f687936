package dev.carriercontracts.mock.cj.tracking;

import dev.carriercontracts.mock.config.CarrierSettings;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** The delays of the CJ config ({@code delays:}), each falling back to its default. */
public record ParcelDelays(Map<Delay, Duration> durations) {

    public ParcelDelays {
        durations = Map.copyOf(durations);
    }

    public static ParcelDelays from(CarrierSettings settings) {
        Map<Delay, Duration> durations = new EnumMap<>(Delay.class);
        for (Delay delay : Delay.values()) {
            durations.put(delay, settings.delay(delay.configName(), delay.fallback()));
        }
        return new ParcelDelays(durations);
    }

    public Duration of(Delay delay) {
        return durations.get(delay);
    }
}
