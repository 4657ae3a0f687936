package dev.carriercontracts.mock.trackingmore.lifecycle;

import java.time.Duration;

/**
 * The named delays of the tracking life cycle ({@code carriers.trackingmore.delays.<name>}), each
 * counted from the moment the tracking entered the state it leaves. Minutes by default: a real
 * parcel takes days, a test wants to see every move within an hour of virtual time.
 */
public enum Delay {
    TRANSIT("transit", Duration.ofMinutes(10)),
    PICKUP("pickup", Duration.ofMinutes(30)),
    DELIVERED("delivered", Duration.ofMinutes(20)),
    EXPIRED("expired", Duration.ofHours(2));

    private final String configName;
    private final Duration fallback;

    Delay(String configName, Duration fallback) {
        this.configName = configName;
        this.fallback = fallback;
    }

    public String configName() {
        return configName;
    }

    public Duration fallback() {
        return fallback;
    }
}
