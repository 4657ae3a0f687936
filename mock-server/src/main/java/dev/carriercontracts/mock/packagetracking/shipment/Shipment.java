package dev.carriercontracts.mock.packagetracking.shipment;

import dev.carriercontracts.mock.carrier.StateChange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A tracked shipment. It stores only when it was first queried, what it is, and the states forced on it;
 * everything it shows (traces, status, summary) is derived from those and the clock, so no timer runs per
 * shipment.
 *
 * @param sequence the order shipments were first queried in (the store drops the oldest first)
 */
public record Shipment(long sequence, ShipmentKey key, Places places, List<Course> courses) {

    public Shipment {
        courses = List.copyOf(courses);
    }

    /** A shipment first queried at {@code at}: collected there and then, on the journey its number asks for. */
    static Shipment firstQueried(long sequence, ShipmentKey key, Places places, Instant at) {
        return new Shipment(sequence, key, places, List.of(new Course(at, Ending.of(key.expNo()), 0)));
    }

    /**
     * Its traces as of {@code now}, oldest first. Never empty: the collection is there from the first query on,
     * even if the clock was set back since.
     */
    public List<Trace> traces(Instant now, Delays delays) {
        List<Trace> traces = new ArrayList<>();
        for (int c = 0; c < courses.size(); c++) {
            Course course = courses.get(c);
            if (c > 0 && course.start().isAfter(now)) {
                break;
            }
            Course next = c + 1 < courses.size() ? courses.get(c + 1) : null;
            Instant until = next != null && !next.start().isAfter(now) ? next.start() : null;
            List<Leg> legs = course.journey().legs();
            Instant at = course.start();
            for (int i = course.fromLeg(); i < legs.size(); i++) {
                Leg leg = legs.get(i);
                if (i > course.fromLeg()) {
                    at = at.plus(delays.of(leg.after()));
                    // a later course (a forced state) takes over from its instant on
                    if (at.isAfter(now) || (until != null && !at.isBefore(until))) {
                        break;
                    }
                }
                traces.add(new Trace(at, leg, i == legs.size() - 1));
            }
        }
        return traces;
    }

    public Trace latest(Instant now, Delays delays) {
        List<Trace> traces = traces(now, delays);
        return traces.get(traces.size() - 1);
    }

    public ShipmentStatus status(Instant now, Delays delays) {
        return latest(now, delays).status();
    }

    /** Nothing will change any more: its journey has shown its last trace (the store drops such shipments first). */
    public boolean settled(Instant now, Delays delays) {
        Course last = courses.get(courses.size() - 1);
        return !last.start().isAfter(now) && latest(now, delays).lastOfJourney();
    }

    /** The statuses it went through, oldest first, each with the instant of its first trace. */
    public List<StateChange> timeline(Instant now, Delays delays) {
        List<StateChange> timeline = new ArrayList<>();
        ShipmentStatus previous = null;
        for (Trace trace : traces(now, delays)) {
            if (trace.status() != previous) {
                timeline.add(new StateChange(trace.status().stateName(), trace.at()));
                previous = trace.status();
            }
        }
        return timeline;
    }

    /**
     * This shipment with {@code target} forced at {@code at}: a new course starts there, on the journey whose
     * leg fits best (one that moves straight from the current status to the target, preferably the current
     * journey; otherwise the target's first leg), and the traces go on from it. Only a status the state
     * machine can reach from the current one can be forced.
     */
    public Forcing forcedTo(ShipmentStatus target, Instant at, Delays delays) {
        ShipmentStatus current = status(at, delays);
        if (!current.reachable().contains(target)) {
            return new Forcing.Refused("a shipment in " + current.stateName() + " cannot become " + target.stateName()
                    + (current.isFinal() ? " (" + current.stateName() + " is final)" : "; it can become "
                    + String.join(", ", current.reachable().stream().map(ShipmentStatus::stateName).toList())));
        }
        List<Course> kept = new ArrayList<>(courses.stream().filter(c -> !c.start().isAfter(at)).toList());
        Ending own = kept.get(kept.size() - 1).journey();
        List<Ending> candidates = Stream.concat(Stream.of(own), Stream.of(Ending.values()).filter(e -> e != own)).toList();
        Course landing = landing(candidates, current, target, true, at)
                .or(() -> landing(candidates, current, target, false, at))
                .orElseThrow(() -> new IllegalStateException("no journey reaches " + target));
        kept.add(landing);
        return new Forcing.Forced(new Shipment(sequence, key, places, kept));
    }

    private static Optional<Course> landing(List<Ending> candidates, ShipmentStatus from, ShipmentStatus to, boolean direct, Instant at) {
        for (Ending journey : candidates) {
            Optional<Integer> leg = journey.landing(from, to, direct);
            if (leg.isPresent()) {
                return Optional.of(new Course(at, journey, leg.get()));
            }
        }
        return Optional.empty();
    }
}
