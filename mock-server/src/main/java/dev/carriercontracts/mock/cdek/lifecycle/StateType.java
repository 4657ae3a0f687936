package dev.carriercontracts.mock.cdek.lifecycle;

import dev.carriercontracts.mock.carrier.StateMachineDiagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A state of one of CDEK's machines: the moves allowed out of it. Implemented by the state enums. */
public interface StateType<S extends Enum<S> & StateType<S>> {

    /** Every move allowed from this state, automatic or forced. */
    List<Move<S>> moves();

    default boolean isFinal() {
        return moves().isEmpty();
    }

    /** The move that happens by itself from this state for an order with this plan, if any. */
    default Optional<Move<S>> automaticMove(Plan plan) {
        return moves().stream().filter(m -> m.trigger().firesFor(plan)).findFirst();
    }

    /** Whether {@code target} can be reached from this state by following allowed moves (one or more). */
    @SuppressWarnings("unchecked")
    default boolean canReach(S target) {
        Set<S> seen = EnumSet.noneOf(target.getDeclaringClass());
        Deque<S> queue = new ArrayDeque<>();
        queue.add((S) this);
        while (!queue.isEmpty()) {
            for (Move<S> move : queue.poll().moves()) {
                if (move.to() == target) {
                    return true;
                }
                if (seen.add(move.to())) {
                    queue.add(move.to());
                }
            }
        }
        return false;
    }

    /** The machine as the docs and the admin console draw it, read from the enum itself. */
    static <S extends Enum<S> & StateType<S>> StateMachineDiagram diagram(String name, String kind, S initial) {
        List<StateMachineDiagram.Transition> transitions = new ArrayList<>();
        List<String> finals = new ArrayList<>();
        for (S state : initial.getDeclaringClass().getEnumConstants()) {
            for (Move<S> move : state.moves()) {
                transitions.add(new StateMachineDiagram.Transition(state.name(), move.to().name(), move.trigger().description()));
            }
            if (state.isFinal()) {
                finals.add(state.name());
            }
        }
        return new StateMachineDiagram(name, kind, initial.name(), transitions, finals);
    }
}
