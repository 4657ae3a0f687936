package dev.carriercontracts.mock.cdek.lifecycle;

import dev.carriercontracts.mock.cdek.config.CdekDelays;

import java.time.Duration;

/**
 * Why a CDEK request or order moves from one state to the next. The automatic triggers are timed
 * by one of the configured delays and may depend on the order's {@link Plan}; the docs diagrams
 * show {@link #description()}.
 */
public enum Trigger {
    AFTER_WAITING("after delays.waiting (default " + CdekDelays.DEFAULT_WAITING + ")"),
    PROCESSED_VALID("after delays.processing (default " + CdekDelays.DEFAULT_PROCESSING + "), when the order breaks no rule"),
    PROCESSED_INVALID("after delays.processing (default " + CdekDelays.DEFAULT_PROCESSING
            + "), when the order breaks a rule (errors[] say which)"),
    REQUEST_SUCCESSFUL("when the CREATE request becomes SUCCESSFUL"),
    REQUEST_INVALID("when the CREATE request becomes INVALID"),
    AFTER_STEP("after delays.step (default " + CdekDelays.DEFAULT_STEP + ")"),
    STEP_TO_PICK_UP_POINT("after delays.step, when delivery_point is set"),
    STEP_TO_COURIER("after delays.step, when delivery_point is not set"),
    STEP_DELIVERED("after delays.step, unless number asks for NOT_DELIVERED (DELIVERED-20: partial delivery)"),
    STEP_NOT_DELIVERED("after delays.step, when number is NOT_DELIVERED-<reason code>"),
    FORCED("forced through the admin API");

    private final String description;

    Trigger(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Whether this trigger fires by itself (with the clock) for an order with this plan. */
    public boolean firesFor(Plan plan) {
        return switch (this) {
            case AFTER_WAITING, AFTER_STEP -> true;
            case PROCESSED_VALID -> plan.valid();
            case PROCESSED_INVALID -> !plan.valid();
            case STEP_TO_PICK_UP_POINT -> plan.toPickUpPoint();
            case STEP_TO_COURIER -> !plan.toPickUpPoint();
            case STEP_DELIVERED -> plan.ending().status() == OrderStatus.DELIVERED;
            case STEP_NOT_DELIVERED -> plan.ending().status() == OrderStatus.NOT_DELIVERED;
            // the order follows its request (see OrderLifecycle); a forced move never fires by itself
            case REQUEST_SUCCESSFUL, REQUEST_INVALID, FORCED -> false;
        };
    }

    /** How long after entering its state a timed trigger fires. */
    public Duration delay(CdekDelays delays) {
        return switch (this) {
            case AFTER_WAITING -> delays.waiting();
            case PROCESSED_VALID, PROCESSED_INVALID -> delays.processing();
            case AFTER_STEP, STEP_TO_PICK_UP_POINT, STEP_TO_COURIER, STEP_DELIVERED, STEP_NOT_DELIVERED -> delays.step();
            case REQUEST_SUCCESSFUL, REQUEST_INVALID, FORCED -> throw new IllegalStateException(this + " is not timed");
        };
    }
}
