package dev.carriercontracts.mock.cnexpress.request;

import dev.carriercontracts.mock.carrier.StateChange;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives a request's state from its creation instant, the delays and the clock: Created until
 * {@code waiting} has passed, Waiting for {@code processing} more, then its outcome. Plain arithmetic on
 * microseconds, so polling costs nothing. A forced state takes over from its instant, and a request forced
 * into Waiting is processed from there.
 */
public final class RequestLifecycle {

    private final long waiting;
    private final long processing;

    public RequestLifecycle(Delays delays) {
        this.waiting = delays.waitingMicros();
        this.processing = delays.processingMicros();
    }

    public RequestState state(StoredRequest r, long nowMicros) {
        Forced forced = r.forced();
        if (forced != null && nowMicros >= forced.atMicros()) {
            if (forced.state() == RequestState.WAITING) {
                return nowMicros - forced.atMicros() >= processing ? r.outcome() : RequestState.WAITING;
            }
            return forced.state();
        }
        long age = nowMicros - r.createdMicros();
        if (age < waiting) {
            return RequestState.CREATED;
        }
        return age - waiting < processing ? RequestState.WAITING : r.outcome();
    }

    public boolean finished(StoredRequest r, long nowMicros) {
        return state(r, nowMicros).isFinal();
    }

    /** When the request reached its final state (µs), assuming it has. */
    public long finishedAt(StoredRequest r) {
        Forced forced = r.forced();
        if (forced != null) {
            return forced.state() == RequestState.WAITING ? forced.atMicros() + processing : forced.atMicros();
        }
        return r.createdMicros() + waiting + processing;
    }

    /** The states reached by now, oldest first. */
    public List<StateChange> timeline(StoredRequest r, long nowMicros) {
        List<StateChange> timeline = new ArrayList<>(4);
        Forced forced = r.forced();
        boolean overridden = forced != null && nowMicros >= forced.atMicros();
        long until = overridden ? forced.atMicros() : nowMicros;
        long created = r.createdMicros();
        timeline.add(change(RequestState.CREATED, created));
        if (created + waiting <= until) {
            timeline.add(change(RequestState.WAITING, created + waiting));
            if (created + waiting + processing <= until) {
                timeline.add(change(r.outcome(), created + waiting + processing));
            }
        }
        if (overridden) {
            timeline.add(change(forced.state(), forced.atMicros()));
            if (forced.state() == RequestState.WAITING && forced.atMicros() + processing <= nowMicros) {
                timeline.add(change(r.outcome(), forced.atMicros() + processing));
            }
        }
        return timeline;
    }

    private static StateChange change(RequestState state, long micros) {
        return new StateChange(state.label(), toInstant(micros));
    }

    public static long toMicros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }

    public static Instant toInstant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
