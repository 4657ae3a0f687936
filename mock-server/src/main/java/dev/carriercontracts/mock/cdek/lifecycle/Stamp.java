package dev.carriercontracts.mock.cdek.lifecycle;

import java.time.Instant;

/**
 * An entity entered {@code state} at {@code at}; for an order status, with the seed's additional
 * status code ({@code reason_code}) when it has one.
 */
public record Stamp<S extends Enum<S>>(S state, Instant at, String reasonCode) {

    public Stamp(S state, Instant at) {
        this(state, at, null);
    }
}
