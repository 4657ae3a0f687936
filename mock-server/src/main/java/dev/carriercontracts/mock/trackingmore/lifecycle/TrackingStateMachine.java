package dev.carriercontracts.mock.trackingmore.lifecycle;

import dev.carriercontracts.mock.carrier.StateMachineDiagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The tracking life cycle as a diagram, read from {@link Step}, {@link ManualStatus} and {@link TrackingState}. */
public final class TrackingStateMachine {

    public static final String KIND = "tracking";

    private TrackingStateMachine() {
    }

    public static StateMachineDiagram diagram() {
        List<StateMachineDiagram.Transition> transitions = new ArrayList<>();
        for (Step step : Step.values()) {
            transitions.add(new StateMachineDiagram.Transition(step.from().wire(), step.to().wire(), step.trigger()));
        }
        for (ManualStatus manual : ManualStatus.values()) {
            for (TrackingState from : TrackingState.values()) {
                if (manual.canMark(from)) {
                    transitions.add(new StateMachineDiagram.Transition(from.wire(), manual.target().orElseThrow().wire(), manual.trigger()));
                }
            }
        }
        List<String> finals = Arrays.stream(TrackingState.values()).filter(TrackingState::isFinal).map(TrackingState::wire).toList();
        return new StateMachineDiagram("TrackingMore tracking", KIND, TrackingState.PENDING.wire(), transitions, finals);
    }
}
