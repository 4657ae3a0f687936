package dev.carriercontracts.mock.carrier;

import java.time.Instant;

/** An entity entered {@code state} at {@code at}. */
public record StateChange(String state, Instant at) {
}
