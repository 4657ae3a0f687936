package dev.carriercontracts.mock.packagetracking.shipment;

import dev.carriercontracts.mock.config.ConfigProblem;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The configured length of every {@link Delay}. */
public final class Delays {

    private final Map<Delay, Duration> lengths;

    private Delays(Map<Delay, Duration> lengths) {
        this.lengths = new EnumMap<>(lengths);
    }

    /**
     * The delays of a carrier section ({@code delays:} already parsed as durations), with the defaults for
     * those not set. A negative one is a problem at {@code pointer}/delays/name.
     */
    public static Delays from(Map<String, Duration> configured, String pointer, List<ConfigProblem> problems) {
        Map<Delay, Duration> lengths = new EnumMap<>(Delay.class);
        for (Delay delay : Delay.values()) {
            Duration length = configured.getOrDefault(delay.configKey(), Delay.DEFAULT);
            if (length.isNegative()) {
                problems.add(new ConfigProblem(pointer + "/delays/" + delay.configKey(), "a delay cannot be negative: " + length));
                length = Delay.DEFAULT;
            }
            lengths.put(delay, length);
        }
        return new Delays(lengths);
    }

    public Duration of(Delay delay) {
        return lengths.get(delay);
    }
}
