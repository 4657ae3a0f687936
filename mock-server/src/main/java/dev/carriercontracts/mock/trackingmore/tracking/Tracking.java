package dev.carriercontracts.mock.trackingmore.tracking;

import dev.carriercontracts.mock.trackingmore.lifecycle.Course;
import dev.carriercontracts.mock.trackingmore.lifecycle.Delays;
import dev.carriercontracts.mock.trackingmore.lifecycle.Reached;
import dev.carriercontracts.mock.trackingmore.lifecycle.Scenario;
import dev.carriercontracts.mock.trackingmore.lifecycle.TrackingState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A stored tracking. Immutable: every change is a new record that replaces this one in the store.
 * Its status is never stored: it is derived from {@link #course()} and the instant asked about,
 * then covered by the merchant's {@link #manual()} mark when there is one.
 *
 * @param sequence the store's creation order (ids are derived from it, the cap drops the lowest)
 * @param manual   the merchant's mark (status 4 or 7) and when it was set; null when none
 */
public record Tracking(long sequence, String id, String credentialId, TrackingKey key, Scenario scenario,
                       OrderDetails details, boolean archived, Instant createdAt, Course course, Reached manual) {

    public static Tracking created(long sequence, String id, String credentialId, TrackingKey key, OrderDetails details, Instant now) {
        return new Tracking(sequence, id, credentialId, key, Scenario.of(key.trackingNumber()), details, false, now,
                Course.startingAt(now), null);
    }

    /** Every state shown so far, oldest first: the derived ones, then the manual mark if any. */
    public List<Reached> timeline(Instant now, Delays delays) {
        List<Reached> derived = course.timeline(now, scenario, delays);
        if (manual == null) {
            return derived;
        }
        List<Reached> shown = new ArrayList<>();
        for (Reached r : derived) {
            if (!r.at().isAfter(manual.at())) {
                shown.add(r);
            }
        }
        shown.add(manual);
        return shown;
    }

    public TrackingState state(Instant now, Delays delays) {
        List<Reached> timeline = timeline(now, delays);
        return timeline.get(timeline.size() - 1).state();
    }

    /** TrackingMore still refreshes it: not stopped by {@code markNotUpdated}, no manual mark, not final. */
    public boolean updating(Instant now, Delays delays) {
        return refreshed() && !state(now, delays).isFinal();
    }

    /** {@link #updating(Instant, Delays)} for a caller that has derived the state already ({@code current}). */
    public boolean updating(TrackingState current) {
        return refreshed() && !current.isFinal();
    }

    private boolean refreshed() {
        return course.advancing() && manual == null;
    }

    /** Nothing will change it any more by itself: what the store cap drops first. */
    public boolean finished(Instant now, Delays delays) {
        return !updating(now, delays);
    }

    public Tracking withKey(TrackingKey newKey) {
        return new Tracking(sequence, id, credentialId, newKey, scenario, details, archived, createdAt, course, manual);
    }

    public Tracking withDetails(OrderDetails newDetails, boolean newArchived) {
        return new Tracking(sequence, id, credentialId, key, scenario, newDetails, newArchived, createdAt, course, manual);
    }

    public Tracking withCourse(Course newCourse) {
        return new Tracking(sequence, id, credentialId, key, scenario, details, archived, createdAt, newCourse, manual);
    }

    public Tracking withManual(Reached mark) {
        return new Tracking(sequence, id, credentialId, key, scenario, details, archived, createdAt, course, mark);
    }
}
