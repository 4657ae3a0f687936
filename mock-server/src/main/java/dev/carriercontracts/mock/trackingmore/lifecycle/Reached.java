package dev.carriercontracts.mock.trackingmore.lifecycle;

import java.time.Instant;

/** A tracking entered {@code state} at {@code at}. */
public record Reached(TrackingState state, Instant at) {
}
