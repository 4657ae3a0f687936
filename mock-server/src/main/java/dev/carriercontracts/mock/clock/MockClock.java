package dev.carriercontracts.mock.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock every time-derived state of the mock server reads.
 *
 * <p>{@link ClockMode#SYSTEM}: real time, plus an offset that {@link #advance} and {@link #set}
 * move (so "advance one hour" also works against the real clock). {@link ClockMode#VIRTUAL}:
 * frozen at an instant that only {@link #set} and {@link #advance} move, so a test reaches any
 * state instantly and deterministically. The mode can be switched at run time.
 */
public final class MockClock extends Clock {

    /** What the clock reads: a mode, and either an offset from real time or a frozen instant. */
    public record Reading(ClockMode mode, Instant instant, Duration offset) {
    }

    private record State(ClockMode mode, Duration offset, Instant frozen) {
    }

    private final Clock real;
    private final ZoneId zone;
    private final AtomicReference<State> state;

    private MockClock(Clock real, ZoneId zone, AtomicReference<State> state) {
        this.real = real;
        this.zone = zone;
        this.state = state;
    }

    /** Real time, no offset. */
    public static MockClock system() {
        return system(Clock.systemUTC());
    }

    /** Real time read from {@code real} (tests can pass a fixed clock). */
    public static MockClock system(Clock real) {
        return new MockClock(real, ZoneOffset.UTC, new AtomicReference<>(new State(ClockMode.SYSTEM, Duration.ZERO, null)));
    }

    /** Frozen at {@code start} until set or advanced. */
    public static MockClock virtual(Instant start) {
        Objects.requireNonNull(start, "start");
        return new MockClock(Clock.systemUTC(), ZoneOffset.UTC, new AtomicReference<>(new State(ClockMode.VIRTUAL, Duration.ZERO, start)));
    }

    @Override
    public Instant instant() {
        State s = state.get();
        return s.mode == ClockMode.VIRTUAL ? s.frozen : real.instant().plus(s.offset);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A view in another zone that shares this clock's state (moving one moves both). */
    @Override
    public Clock withZone(ZoneId newZone) {
        return newZone.equals(zone) ? this : new MockClock(real, newZone, state);
    }

    public ClockMode mode() {
        return state.get().mode;
    }

    public Reading read() {
        State s = state.get();
        return new Reading(s.mode, instant(), s.offset);
    }

    /** Moves the clock forward (never backward: a negative duration is refused). */
    public Instant advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("cannot advance the clock by a negative duration: " + duration);
        }
        State next = state.updateAndGet(s -> s.mode == ClockMode.VIRTUAL
                ? new State(ClockMode.VIRTUAL, s.offset, s.frozen.plus(duration))
                : new State(ClockMode.SYSTEM, s.offset.plus(duration), null));
        return next.mode == ClockMode.VIRTUAL ? next.frozen : instant();
    }

    /** Sets the current instant; in SYSTEM mode time goes on flowing from there. */
    public void set(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        state.updateAndGet(s -> s.mode == ClockMode.VIRTUAL
                ? new State(ClockMode.VIRTUAL, s.offset, instant)
                : new State(ClockMode.SYSTEM, Duration.between(real.instant(), instant), null));
    }

    /** Freezes the clock at the instant it reads now. */
    public void freeze() {
        state.updateAndGet(s -> s.mode == ClockMode.VIRTUAL ? s : new State(ClockMode.VIRTUAL, s.offset, real.instant().plus(s.offset)));
    }

    /** Freezes the clock at {@code instant}. */
    public void freezeAt(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        state.set(new State(ClockMode.VIRTUAL, Duration.ZERO, instant));
    }

    /** Back to real time with no offset. */
    public void useSystemTime() {
        state.set(new State(ClockMode.SYSTEM, Duration.ZERO, null));
    }

    @Override
    public String toString() {
        Reading r = read();
        return "MockClock[" + r.mode() + " " + r.instant() + "]";
    }
}
