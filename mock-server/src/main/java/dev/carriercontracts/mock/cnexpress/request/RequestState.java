package dev.carriercontracts.mock.cnexpress.request;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state machine of a CNExpress order request (spec choice 8): Created → Waiting → Succeeded | Failed.
 * Each state knows the moves out of it and what triggers them; the docs' diagram, the spec's
 * {@code x-state-machines} and the admin API's forced states are all read from here.
 */
public enum RequestState {
    CREATED("Created"),
    WAITING("Waiting"),
    SUCCEEDED("Succeeded"),
    FAILED("Failed");

    /** A move out of a state. */
    public record Move(RequestState to, String trigger) {
    }

    static final String FAIL_MAGIC = "FAIL";

    /** The moves out of each state, built once: {@link #isFinal()} runs in the store's eviction loop. */
    private static final Map<RequestState, List<Move>> MOVES = new EnumMap<>(RequestState.class);

    static {
        for (RequestState state : values()) {
            MOVES.put(state, state.movesOut());
        }
    }

    private final String label;

    RequestState(String label) {
        this.label = label;
    }

    /** The state as the API writes it ({@code Created}...). */
    public String label() {
        return label;
    }

    public List<Move> moves() {
        return MOVES.get(this);
    }

    public boolean isFinal() {
        return MOVES.get(this).isEmpty();
    }

    private List<Move> movesOut() {
        return switch (this) {
            case CREATED -> List.of(new Move(WAITING, "after delays.waiting (default " + Delays.DEFAULT_WAITING + ")"));
            case WAITING -> List.of(
                    new Move(SUCCEEDED, "after delays.processing (default " + Delays.DEFAULT_PROCESSING + ")"),
                    new Move(FAILED, "after delays.processing (default " + Delays.DEFAULT_PROCESSING
                            + "), when order_no or a package_no starts with " + FAIL_MAGIC));
            case SUCCEEDED, FAILED -> List.of();
        };
    }

    /** The states reachable from this one by one or more moves (where the admin API may force it). */
    public Set<RequestState> reachable() {
        Set<RequestState> reached = EnumSet.noneOf(RequestState.class);
        List<RequestState> todo = new ArrayList<>(List.of(this));
        while (!todo.isEmpty()) {
            for (Move move : todo.remove(todo.size() - 1).moves()) {
                if (reached.add(move.to())) {
                    todo.add(move.to());
                }
            }
        }
        return reached;
    }

    public static Optional<RequestState> byLabel(String label) {
        for (RequestState state : values()) {
            if (state.label.equals(label)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }

    public static List<String> labels() {
        return List.of(CREATED.label, WAITING.label, SUCCEEDED.label, FAILED.label);
    }
}
