package dev.carriercontracts.mock.trackingmore.lifecycle;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The eight statuses of a TrackingMore tracking, as the API names them (the spec's
 * {@code TrackingStatus}). How a tracking moves between them is {@link Step} (by itself, with the
 * clock) and {@link ManualStatus} (the merchant's override).
 */
public enum TrackingState {
    PENDING("pending", false),
    NOTFOUND("notfound", false),
    TRANSIT("transit", false),
    PICKUP("pickup", false),
    DELIVERED("delivered", true),
    UNDELIVERED("undelivered", true),
    EXCEPTION("exception", true),
    EXPIRED("expired", true);

    private final String wire;
    private final boolean isFinal;

    TrackingState(String wire, boolean isFinal) {
        this.wire = wire;
        this.isFinal = isFinal;
    }

    /** The name on the wire and in the admin API, e.g. {@code notfound}. */
    public String wire() {
        return wire;
    }

    /** Nothing moves a tracking out of a final state (neither the clock nor a manual status). */
    public boolean isFinal() {
        return isFinal;
    }

    public static Optional<TrackingState> byWire(String name) {
        return Arrays.stream(values()).filter(s -> s.wire.equals(name)).findFirst();
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(TrackingState::wire).toList();
    }
}
