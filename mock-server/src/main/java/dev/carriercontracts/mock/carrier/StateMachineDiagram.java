package dev.carriercontracts.mock.carrier;

import java.util.List;
import java.util.Objects;

/**
 * A carrier state machine as data, read from the very types the module runs (its state enums and
 * their transitions), so the docs site draws what the server does rather than a drawing of it.
 *
 * @param name        what moves through it, e.g. {@code CNExpress request}
 * @param kind        the entity kind as the admin API names it, e.g. {@code request}
 * @param initial     the state an entity is created in
 * @param transitions every allowed move, with what triggers it
 * @param finals      the states nothing leaves
 */
public record StateMachineDiagram(String name, String kind, String initial, List<Transition> transitions, List<String> finals) {

    public StateMachineDiagram {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(initial, "initial");
        transitions = List.copyOf(transitions);
        finals = List.copyOf(finals);
    }

    /**
     * One move.
     *
     * @param trigger why it happens, e.g. {@code after delays.waiting} or {@code order_no starts with FAIL}
     */
    public record Transition(String from, String to, String trigger) {
    }
}
