package dev.carriercontracts.mock.trackingmore.tracking;

/** What {@link TrackingStore#create} did. */
public sealed interface Creation {

    record Created(Tracking tracking) implements Creation {
    }

    record AlreadyExists(Tracking existing) implements Creation {
    }

    /** The account's quota could not pay for it; nothing was stored. */
    record NoQuota() implements Creation {
    }
}
