package dev.carriercontracts.mock.cdek.lifecycle;

import java.util.Objects;

/**
 * How an order's delivery ends: {@code DELIVERED} (with reason 20 for a partial delivery) or
 * {@code NOT_DELIVERED} with the reason the seed's additional status table gives.
 */
public record Ending(OrderStatus status, String reasonCode) {

    public static final Ending DELIVERED = new Ending(OrderStatus.DELIVERED, null);

    public Ending {
        Objects.requireNonNull(status, "status");
        if (status != OrderStatus.DELIVERED && status != OrderStatus.NOT_DELIVERED) {
            throw new IllegalArgumentException("an order ends DELIVERED or NOT_DELIVERED, not " + status);
        }
        if (reasonCode != null && ReasonCodes.statusOf(reasonCode).orElse(null) != status) {
            throw new IllegalArgumentException("reason " + reasonCode + " does not go with " + status);
        }
        if (status == OrderStatus.NOT_DELIVERED && reasonCode == null) {
            throw new IllegalArgumentException("NOT_DELIVERED needs a reason code");
        }
    }
}
