package dev.carriercontracts.mock.packagetracking.shipment;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** The configured length of every {@link Delay}. */
public final class Delays {

    private final Map<Delay, Duration> lengths;

    private Delays(Map<Delay, Duration> lengths) {
        this.lengths = new EnumMap<>(lengths);
    }

    /**
     * The delays of a carrier section ({@code delays:} already parsed as durations), with the defaults for
     * those not set (the config loader has refused negative ones).
     */
    public static Delays from(Map<String, Duration> configured) {
        Map<Delay, Duration> lengths = new EnumMap<>(Delay.class);
        for (Delay delay : Delay.values()) {
            lengths.put(delay, configured.getOrDefault(delay.configKey(), Delay.DEFAULT));
        }
        return new Delays(lengths);
    }

    public Duration of(Delay delay) {
        return lengths.get(delay);
    }
}
