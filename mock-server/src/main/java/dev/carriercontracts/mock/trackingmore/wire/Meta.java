package dev.carriercontracts.mock.trackingmore.wire;

/** The {@code meta} of every answer: TrackingMore's code, its class and a message. */
public record Meta(int code, String type, String message) {
}
