package dev.carriercontracts.mock.trackingmore.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a tracking's status comes from: the states it reached up to an anchor (its creation, or the
 * last time something other than the clock moved it), and whether the clock moves it on from
 * there. Every later state is derived from the anchor, the tracking's {@link Scenario}, the
 * {@link Delays} and the instant asked about: nothing is stored per tick.
 *
 * @param reached   states reached up to the anchor, oldest first; the last one is the anchor
 * @param advancing false once TrackingMore stops updating the tracking ({@code markNotUpdated})
 */
public record Course(List<Reached> reached, boolean advancing) {

    public Course {
        if (reached.isEmpty()) {
            throw new IllegalArgumentException("a course starts somewhere");
        }
        reached = List.copyOf(reached);
    }

    public static Course startingAt(Instant createdAt) {
        return new Course(List.of(new Reached(TrackingState.PENDING, createdAt)), true);
    }

    public Reached anchor() {
        return reached.get(reached.size() - 1);
    }

    /** Every state reached as of {@code now}, oldest first. */
    public List<Reached> timeline(Instant now, Scenario scenario, Delays delays) {
        if (!advancing) {
            return reached;
        }
        List<Reached> timeline = new ArrayList<>(reached);
        Reached current = anchor();
        for (var step = Step.next(current.state(), scenario); step.isPresent(); step = Step.next(current.state(), scenario)) {
            Instant at = current.at().plus(delays.of(step.get().delay()));
            if (at.isAfter(now)) {
                break;
            }
            current = new Reached(step.get().to(), at);
            timeline.add(current);
        }
        return timeline;
    }

    /** Moved into {@code state} at {@code at} (a forced state, a real-time query); the clock goes on from there. */
    public Course movedTo(TrackingState state, Instant at, Scenario scenario, Delays delays) {
        List<Reached> timeline = new ArrayList<>(timeline(at, scenario, delays));
        timeline.add(new Reached(state, at));
        return new Course(timeline, advancing);
    }

    /** No longer moved by the clock: what was reached at {@code at} stays. */
    public Course frozenAt(Instant at, Scenario scenario, Delays delays) {
        return new Course(timeline(at, scenario, delays), false);
    }
}
