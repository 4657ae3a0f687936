package dev.carriercontracts.mock.cj.tracking;

import dev.carriercontracts.mock.carrier.StateChange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A tracked parcel. It is shipped, for the mock, when its number is first tracked ({@code shippedAt}); its
 * status is derived from that instant and the clock. A forced status is kept as an override with its instant,
 * and the moves go on from there.
 *
 * @param sequence  arrival order in the store (the oldest finished parcels are dropped first)
 * @param overrides forced statuses, oldest first
 */
public record Parcel(long sequence, String trackNumber, String credentialId, Instant shippedAt, ParcelFacts facts,
                     List<Forced> overrides) {

    /** A status forced through the admin API. */
    public record Forced(ParcelStatus status, Instant at) {
    }

    /** A status reached, and when. */
    public record Step(ParcelStatus status, Instant at) {

        StateChange change() {
            return new StateChange(status.stateName(), at);
        }
    }

    public Parcel {
        overrides = List.copyOf(overrides);
    }

    public Parcel withOverride(ParcelStatus status, Instant at) {
        List<Forced> more = new ArrayList<>(overrides);
        more.add(new Forced(status, at));
        return new Parcel(sequence, trackNumber, credentialId, shippedAt, facts, more);
    }

    /** Every status reached up to {@code now}, oldest first. */
    public List<Step> timeline(Instant now, ParcelDelays delays) {
        List<Step> steps = new ArrayList<>();
        Step current = new Step(ParcelStatus.PENDING, shippedAt);
        steps.add(current);
        for (Forced forced : overrides) {
            if (forced.at().isAfter(now)) {
                break;
            }
            current = moveOn(current, forced.at(), false, delays, steps);
            current = new Step(forced.status(), forced.at());
            steps.add(current);
        }
        moveOn(current, now, true, delays, steps);
        return steps;
    }

    public Step current(Instant now, ParcelDelays delays) {
        List<Step> steps = timeline(now, delays);
        return steps.get(steps.size() - 1);
    }

    public ParcelStatus status(Instant now, ParcelDelays delays) {
        return current(now, delays).status();
    }

    /** Adds the moves made after {@code from} up to {@code until} (a move at {@code until} only if inclusive). */
    private Step moveOn(Step from, Instant until, boolean inclusive, ParcelDelays delays, List<Step> steps) {
        Step current = from;
        while (true) {
            var move = current.status().next(facts.fate());
            if (move.isEmpty()) {
                return current;
            }
            Instant at = current.at().plus(delays.of(move.get().after()));
            if (inclusive ? at.isAfter(until) : !at.isBefore(until)) {
                return current;
            }
            current = new Step(move.get().to(), at);
            steps.add(current);
        }
    }
}
