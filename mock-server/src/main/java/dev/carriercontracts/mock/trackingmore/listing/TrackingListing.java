package dev.carriercontracts.mock.trackingmore.listing;

import dev.carriercontracts.mock.trackingmore.lifecycle.Delays;
import dev.carriercontracts.mock.trackingmore.lifecycle.Reached;
import dev.carriercontracts.mock.trackingmore.lifecycle.TrackingState;
import dev.carriercontracts.mock.trackingmore.tracking.Tracking;
import dev.carriercontracts.mock.trackingmore.tracking.TrackingStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Pages and counts of an account's trackings, as of an instant. */
public final class TrackingListing {

    /** One page, and how many trackings match on all pages. */
    public record Page(List<Tracking> items, int total) {
    }

    private final TrackingStore store;
    private final Delays delays;

    public TrackingListing(TrackingStore store, Delays delays) {
        this.store = store;
        this.delays = delays;
    }

    /** Newest first; {@code page} starts at 1. */
    public Page page(String credentialId, TrackingFilter filter, int page, int limit, Instant now) {
        List<Tracking> matching = matching(credentialId, filter, now);
        Collections.reverse(matching);
        long from = (long) (page - 1) * limit;
        List<Tracking> items = from >= matching.size() ? List.of()
                : matching.subList((int) from, (int) Math.min(matching.size(), from + limit));
        return new Page(List.copyOf(items), matching.size());
    }

    /** How many matching trackings are in each status (every status present, zero included). */
    public Map<TrackingState, Long> counts(String credentialId, TrackingFilter filter, Instant now) {
        Map<TrackingState, Long> counts = new EnumMap<>(TrackingState.class);
        for (TrackingState s : TrackingState.values()) {
            counts.put(s, 0L);
        }
        for (Tracking t : store.of(credentialId)) {
            List<Reached> timeline = t.timeline(now, delays);
            if (filter.matches(t, timeline)) {
                counts.merge(timeline.get(timeline.size() - 1).state(), 1L, Long::sum);
            }
        }
        return counts;
    }

    private List<Tracking> matching(String credentialId, TrackingFilter filter, Instant now) {
        List<Tracking> matching = new ArrayList<>();
        for (Tracking t : store.of(credentialId)) {
            if (filter.matches(t, t.timeline(now, delays))) {
                matching.add(t);
            }
        }
        return matching;
    }
}
