package dev.carriercontracts.docs;

import java.util.List;
import java.util.Objects;

/**
 * One state machine as a spec declares it in its root extension {@code x-state-machines}, the same list a
 * mock-server test holds the server's state types to.
 *
 * @param name        what moves through it, e.g. {@code CNExpress request}
 * @param kind        the entity kind as the admin API names it, e.g. {@code request}
 * @param initial     the state an entity is created in
 * @param finals      the states nothing leaves
 * @param transitions every allowed move, with what triggers it
 */
public record StateMachine(String name, String kind, String initial, List<String> finals, List<Transition> transitions) {

    public StateMachine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(initial, "initial");
        finals = List.copyOf(finals);
        transitions = List.copyOf(transitions);
    }

    /** Every state once: the initial one, then in the order the transitions and finals name them. */
    public List<String> states() {
        java.util.Set<String> states = new java.util.LinkedHashSet<>();
        states.add(initial);
        transitions.forEach(t -> {
            states.add(t.from());
            states.add(t.to());
        });
        states.addAll(finals);
        return List.copyOf(states);
    }

    /** One move; {@code trigger} says why it happens, e.g. {@code after delays.waiting}. */
    public record Transition(String from, String to, String trigger) {
    }
}
