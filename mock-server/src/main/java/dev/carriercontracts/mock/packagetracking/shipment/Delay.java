package dev.carriercontracts.mock.packagetracking.shipment;

import java.time.Duration;

/**
 * The named delays between a shipment's traces, set under {@code delays:} in the carrier's config. The
 * defaults are short on purpose: a shipment is delivered about three seconds after its first query, so
 * tests on real time stay fast.
 */
public enum Delay {
    /** From collection to leaving the origin hub. */
    IN_TRANSIT("inTransit"),
    /** Each later scan while in transit (arriving at the transit hub, leaving it, reaching the delivery point). */
    TRANSFER("transfer"),
    /** From the delivery point to the courier going out. */
    OUT_FOR_DELIVERY("outForDelivery"),
    /** From going out to the signature, or to the failed delivery of a returned shipment. */
    DELIVERED("delivered"),
    /** From arriving at the transit hub to being held there as a problem parcel. */
    EXCEPTION("exception"),
    /** From the failed delivery to the return leaving, and from there to the sender signing. */
    RETURNED("returned");

    public static final Duration DEFAULT = Duration.ofMillis(500);

    private final String configKey;

    Delay(String configKey) {
        this.configKey = configKey;
    }

    /** Its key under {@code delays:}, e.g. {@code inTransit}. */
    public String configKey() {
        return configKey;
    }
}
