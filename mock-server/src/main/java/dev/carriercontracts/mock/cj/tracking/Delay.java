package dev.carriercontracts.mock.cj.tracking;

import java.time.Duration;

/** The named delays of a parcel's moves ({@code delays:} in the CJ config), with their defaults. */
public enum Delay {
    /** Pending until the first carrier scan. */
    PICKUP("pickup", Duration.ofSeconds(1)),
    /** In transit until delivered (or until the delivery fails). */
    TRANSIT("transit", Duration.ofSeconds(2)),
    /** In exception until back with the sender. */
    RETURN("return", Duration.ofSeconds(2));

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
