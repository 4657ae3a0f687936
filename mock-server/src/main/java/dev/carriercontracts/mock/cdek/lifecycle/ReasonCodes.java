package dev.carriercontracts.mock.cdek.lifecycle;

import java.util.Optional;

/**
 * The seed's additional status codes (附加状态描述): 1 to 27, each going with one order status,
 * NOT_DELIVERED for all but 20 (partial delivery), which goes with DELIVERED.
 */
public final class ReasonCodes {

    /** Refused without a reason: what a forced NOT_DELIVERED carries when the admin call names none. */
    public static final String REFUSED_NO_REASON = "11";
    public static final String PARTIAL_DELIVERY = "20";

    private ReasonCodes() {
    }

    /** The order status a reason code goes with, or empty for a code the seed does not list. */
    public static Optional<OrderStatus> statusOf(String code) {
        if (code == null || !code.matches("[1-9][0-9]?")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(code);
        if (n > 27) {
            return Optional.empty();
        }
        return Optional.of(code.equals(PARTIAL_DELIVERY) ? OrderStatus.DELIVERED : OrderStatus.NOT_DELIVERED);
    }
}
