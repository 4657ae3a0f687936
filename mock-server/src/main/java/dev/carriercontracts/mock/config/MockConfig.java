package dev.carriercontracts.mock.config;

import dev.carriercontracts.mock.Carrier;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The whole configuration of a mock server: the classpath defaults ({@code mock-server-defaults.yaml})
 * merged with the user's file. Load it with {@link ConfigLoader}.
 */
public record MockConfig(ServerSettings server, ClockSettings clock, Map<Carrier, CarrierSettings> carriers) {

    public MockConfig {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(clock, "clock");
        carriers = carriers.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(carriers));
    }

    /** The built-in defaults alone. */
    public static MockConfig defaults() {
        return new ConfigLoader().defaults();
    }

    /** The carrier's section, or an empty one (no credentials, no delays, no faults). */
    public CarrierSettings carrier(Carrier carrier) {
        return carriers.getOrDefault(carrier, CarrierSettings.EMPTY);
    }

    public MockConfig withServer(ServerSettings newServer) {
        return new MockConfig(newServer, clock, carriers);
    }

    public MockConfig withClock(ClockSettings newClock) {
        return new MockConfig(server, newClock, carriers);
    }

    public MockConfig withCarrier(Carrier carrier, CarrierSettings settings) {
        Map<Carrier, CarrierSettings> copy = new EnumMap<>(Carrier.class);
        copy.putAll(carriers);
        copy.put(carrier, settings);
        return new MockConfig(server, clock, copy);
    }
}
