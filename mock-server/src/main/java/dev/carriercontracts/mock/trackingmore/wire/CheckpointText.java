package dev.carriercontracts.mock.trackingmore.wire;

import dev.carriercontracts.mock.trackingmore.lifecycle.TrackingState;

import java.util.Optional;

/**
 * The checkpoint a carrier reports when a tracking enters a state, so the events grow with the
 * statuses. Pending (not queried yet), notfound (the carrier knows nothing) and expired (no news
 * for too long) bring no checkpoint.
 */
enum CheckpointText {
    TRANSIT(TrackingState.TRANSIT, "Shipment accepted by %s", true, "transit001", "ItemReceived"),
    PICKUP(TrackingState.PICKUP, "Arrived at the delivery office, out for delivery", false, "pickup001", "DestinationArrived"),
    DELIVERED(TrackingState.DELIVERED, "Delivered", false, "delivered001", null),
    UNDELIVERED(TrackingState.UNDELIVERED, "Delivery attempt failed: recipient not available", false, "undelivered001", null),
    EXCEPTION(TrackingState.EXCEPTION, "Unclaimed, returned to sender", false, "exception004", null);

    private final TrackingState state;
    private final String description;
    private final boolean atOrigin;
    private final String substatus;
    private final String itemNode;

    CheckpointText(TrackingState state, String description, boolean atOrigin, String substatus, String itemNode) {
        this.state = state;
        this.description = description;
        this.atOrigin = atOrigin;
        this.substatus = substatus;
        this.itemNode = itemNode;
    }

    static Optional<CheckpointText> of(TrackingState state) {
        for (CheckpointText text : values()) {
            if (text.state == state) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** @param courierName fills the description; {@code origin} and {@code destination} the location */
    CheckpointJson checkpoint(String date, String courierName, String origin, String destination) {
        return new CheckpointJson(date, description.formatted(courierName), atOrigin ? origin : destination,
                state.wire(), substatus, itemNode);
    }

    String substatus() {
        return substatus;
    }
}
