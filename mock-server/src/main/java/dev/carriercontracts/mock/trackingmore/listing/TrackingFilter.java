package dev.carriercontracts.mock.trackingmore.listing;

import dev.carriercontracts.mock.trackingmore.lifecycle.Reached;
import dev.carriercontracts.mock.trackingmore.lifecycle.TrackingState;
import dev.carriercontracts.mock.trackingmore.tracking.Tracking;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The filters of {@code listTrackings} and {@code getStatusCounts}; every one is optional (null or
 * empty). Time bounds are Unix seconds, inclusive.
 *
 * @param archived true: archived only, false: unarchived only, null: both
 */
public record TrackingFilter(TrackingState status, Long createdMin, Long createdMax, Long updatedMin, Long updatedMax,
                             Long orderCreatedMin, Long orderCreatedMax, Set<String> numbers, Set<String> orders,
                             Boolean archived) {

    public TrackingFilter {
        numbers = numbers == null ? Set.of() : Set.copyOf(numbers);
        orders = orders == null ? Set.of() : Set.copyOf(orders);
    }

    /** @param timeline the tracking's timeline now (its last entry is its status and last update) */
    boolean matches(Tracking t, List<Reached> timeline) {
        Reached current = timeline.get(timeline.size() - 1);
        long created = t.createdAt().getEpochSecond();
        long updated = current.at().getEpochSecond();
        return (status == null || status == current.state())
                && within(created, createdMin, createdMax)
                && within(updated, updatedMin, updatedMax)
                && orderCreatedWithin(t)
                && (numbers.isEmpty() || numbers.contains(t.key().trackingNumber()))
                && (orders.isEmpty() || (t.details().orderId() != null && orders.contains(t.details().orderId())))
                && (archived == null || archived == t.archived());
    }

    private boolean orderCreatedWithin(Tracking t) {
        if (orderCreatedMin == null && orderCreatedMax == null) {
            return true;
        }
        OptionalLong ordered = OrderTimes.epochSeconds(t.details().orderCreateTime());
        return ordered.isPresent() && within(ordered.getAsLong(), orderCreatedMin, orderCreatedMax);
    }

    private static boolean within(long value, Long min, Long max) {
        return (min == null || value >= min) && (max == null || value <= max);
    }
}
