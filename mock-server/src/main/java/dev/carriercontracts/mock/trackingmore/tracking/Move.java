package dev.carriercontracts.mock.trackingmore.tracking;

/** What {@link TrackingStore#move} did. */
public sealed interface Move {

    record Moved(Tracking tracking) implements Move {
    }

    record NotFound() implements Move {
    }

    record TargetExists() implements Move {
    }
}
