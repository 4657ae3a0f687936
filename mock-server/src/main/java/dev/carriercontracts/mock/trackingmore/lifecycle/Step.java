package dev.carriercontracts.mock.trackingmore.lifecycle;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static dev.carriercontracts.mock.trackingmore.lifecycle.TrackingState.DELIVERED;
import static dev.carriercontracts.mock.trackingmore.lifecycle.TrackingState.EXCEPTION;
import static dev.carriercontracts.mock.trackingmore.lifecycle.TrackingState.EXPIRED;
import static dev.carriercontracts.mock.trackingmore.lifecycle.TrackingState.NOTFOUND;
import static dev.carriercontracts.mock.trackingmore.lifecycle.TrackingState.PENDING;
import static dev.carriercontracts.mock.trackingmore.lifecycle.TrackingState.PICKUP;
import static dev.carriercontracts.mock.trackingmore.lifecycle.TrackingState.TRANSIT;
import static dev.carriercontracts.mock.trackingmore.lifecycle.TrackingState.UNDELIVERED;

/**
 * Every move a tracking makes by itself as the clock runs: from a state, after a delay, to the next
 * state of its {@link Scenario}. A scenario that has no step of its own from a state takes the
 * {@link Scenario#NORMAL} one, so a magic number behaves like any other until its ending.
 */
public enum Step {
    ACCEPTED(PENDING, TRANSIT, Delay.TRANSIT, Scenario.NORMAL),
    NOT_FOUND(PENDING, NOTFOUND, Delay.TRANSIT, Scenario.NOTFOUND),
    OUT_FOR_DELIVERY(TRANSIT, PICKUP, Delay.PICKUP, Scenario.NORMAL),
    RETURNED(TRANSIT, EXCEPTION, Delay.PICKUP, Scenario.EXCEPTION),
    NO_NEWS(TRANSIT, EXPIRED, Delay.EXPIRED, Scenario.EXPIRED),
    HANDED_OVER(PICKUP, DELIVERED, Delay.DELIVERED, Scenario.NORMAL),
    ATTEMPT_FAILED(PICKUP, UNDELIVERED, Delay.DELIVERED, Scenario.UNDELIVERED);

    private final TrackingState from;
    private final TrackingState to;
    private final Delay delay;
    private final Scenario scenario;

    Step(TrackingState from, TrackingState to, Delay delay, Scenario scenario) {
        this.from = from;
        this.to = to;
        this.delay = delay;
        this.scenario = scenario;
    }

    public TrackingState from() {
        return from;
    }

    public TrackingState to() {
        return to;
    }

    public Delay delay() {
        return delay;
    }

    /** The step a tracking of this scenario takes out of {@code state}; empty where it stays. */
    public static Optional<Step> next(TrackingState state, Scenario scenario) {
        Step normal = null;
        for (Step step : values()) {
            if (step.from == state) {
                if (step.scenario == scenario) {
                    return Optional.of(step);
                }
                if (step.scenario == Scenario.NORMAL) {
                    normal = step;
                }
            }
        }
        return Optional.ofNullable(normal);
    }

    /** What makes the move happen, in words (the spec's {@code x-state-machines} says the same). */
    public String trigger() {
        StringBuilder text = new StringBuilder("after delays.").append(delay.configName())
                .append(" (default ").append(delay.fallback()).append(")");
        if (from == PENDING) {
            text.append(", or at once on getRealtimeTracking");
        }
        if (scenario != Scenario.NORMAL) {
            return text.append(", when tracking_number starts with ").append(scenario.prefix()).toString();
        }
        List<String> exceptions = Arrays.stream(values())
                .filter(other -> other.from == from && other.scenario != Scenario.NORMAL)
                .map(other -> other.scenario.prefix())
                .toList();
        if (!exceptions.isEmpty()) {
            text.append(", unless tracking_number starts with ").append(exceptions.stream().collect(Collectors.joining(" or ")));
        }
        return text.toString();
    }
}
