package dev.carriercontracts.mock.testcarrier;

import dev.carriercontracts.mock.carrier.StateChange;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A stored parcel. Its state is derived from its creation instant and the clock; an override
 * (a cancel, or a state forced through the admin API) takes over from its instant on.
 */
record Parcel(long sequence, String id, String credentialId, String reference, int weightGrams, String note,
              List<String> tags, Instant createdAt, StateChange override) {

    Parcel withOverride(ParcelState state, Instant at) {
        return new Parcel(sequence, id, credentialId, reference, weightGrams, note, tags, createdAt, new StateChange(state.name(), at));
    }

    List<StateChange> timeline(Instant now, Duration pickup, Duration delivery) {
        boolean overridden = override != null && !now.isBefore(override.at());
        Instant until = overridden ? override.at() : now;
        List<StateChange> timeline = new ArrayList<>();
        timeline.add(new StateChange(ParcelState.CREATED.name(), createdAt));
        for (StateChange derived : List.of(new StateChange(ParcelState.IN_TRANSIT.name(), createdAt.plus(pickup)),
                new StateChange(ParcelState.DELIVERED.name(), createdAt.plus(delivery)))) {
            if (overridden ? derived.at().isBefore(until) : !derived.at().isAfter(until)) {
                timeline.add(derived);
            }
        }
        if (overridden) {
            timeline.add(override);
        }
        return timeline;
    }

    ParcelState state(Instant now, Duration pickup, Duration delivery) {
        List<StateChange> timeline = timeline(now, pickup, delivery);
        return ParcelState.valueOf(timeline.get(timeline.size() - 1).state());
    }
}
