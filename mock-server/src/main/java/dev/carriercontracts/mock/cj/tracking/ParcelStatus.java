package dev.carriercontracts.mock.cj.tracking;

import dev.carriercontracts.mock.carrier.StateMachineDiagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a tracked parcel is: CJ's {@code trackingStatus}. The seed documents only "In transit"; the other
 * statuses are the mock's model of a parcel's journey (see the spec's {@code x-state-machines}). Each status
 * knows its moves; a move happens after one of the {@link Delay}s, for the parcels whose {@link Fate} it fits.
 */
public enum ParcelStatus {
    PENDING("Pending", "Pending"),
    IN_TRANSIT("InTransit", "In transit"),
    DELIVERED("Delivered", "Delivered"),
    EXCEPTION("Exception", "Exception"),
    RETURNED("Returned", "Returned");

    /** A move out of a status: to where, after which delay, for which fates. */
    public record Move(ParcelStatus to, Delay after, Set<Fate> fates) {

        boolean appliesTo(Fate fate) {
            return fates.contains(fate);
        }

        String trigger() {
            String when = "after delays." + after.configName() + " (default " + after.fallback() + ")";
            if (fates.size() == Fate.values().length) {
                return when;
            }
            if (fates.contains(Fate.ARRIVES)) {
                return when + " unless trackNumber contains " + markers(EnumSet.complementOf(EnumSet.copyOf(fates)));
            }
            return when + " when trackNumber contains " + markers(fates);
        }

        private static String markers(Set<Fate> fates) {
            return fates.stream().map(Fate::marker).sorted().collect(Collectors.joining(" or "));
        }
    }

    private final String stateName;
    private final String text;

    ParcelStatus(String stateName, String text) {
        this.stateName = stateName;
        this.text = text;
    }

    /** The name the admin API and the timeline use, e.g. {@code InTransit}. */
    public String stateName() {
        return stateName;
    }

    /** What CJ's {@code trackingStatus} says, e.g. {@code In transit}. */
    public String text() {
        return text;
    }

    public List<Move> moves() {
        return switch (this) {
            case PENDING -> List.of(new Move(IN_TRANSIT, Delay.PICKUP, EnumSet.allOf(Fate.class)));
            case IN_TRANSIT -> List.of(new Move(DELIVERED, Delay.TRANSIT, EnumSet.of(Fate.ARRIVES)),
                    new Move(EXCEPTION, Delay.TRANSIT, EnumSet.of(Fate.FAILS, Fate.RETURNS)));
            case EXCEPTION -> List.of(new Move(RETURNED, Delay.RETURN, EnumSet.of(Fate.RETURNS)));
            case DELIVERED, RETURNED -> List.of();
        };
    }

    /** The move a parcel of this fate makes next, if any. */
    public Optional<Move> next(Fate fate) {
        return moves().stream().filter(m -> m.appliesTo(fate)).findFirst();
    }

    public boolean isFinal() {
        return moves().isEmpty();
    }

    /** Whether some chain of moves (whatever the fate) leads from this status to {@code target}. */
    public boolean canReach(ParcelStatus target) {
        Deque<ParcelStatus> todo = new ArrayDeque<>(List.of(this));
        Set<ParcelStatus> seen = EnumSet.noneOf(ParcelStatus.class);
        while (!todo.isEmpty()) {
            for (Move move : todo.pop().moves()) {
                if (move.to() == target) {
                    return true;
                }
                if (seen.add(move.to())) {
                    todo.push(move.to());
                }
            }
        }
        return false;
    }

    public static Optional<ParcelStatus> byStateName(String name) {
        return Arrays.stream(values()).filter(s -> s.stateName.equals(name)).findFirst();
    }

    public static List<String> stateNames() {
        return Arrays.stream(values()).map(ParcelStatus::stateName).toList();
    }

    /** This machine as the docs site and the spec's {@code x-state-machines} describe it. */
    public static StateMachineDiagram diagram() {
        List<StateMachineDiagram.Transition> transitions = new ArrayList<>();
        List<String> finals = new ArrayList<>();
        for (ParcelStatus status : values()) {
            status.moves().forEach(m -> transitions.add(new StateMachineDiagram.Transition(status.stateName, m.to().stateName, m.trigger())));
            if (status.isFinal()) {
                finals.add(status.stateName);
            }
        }
        return new StateMachineDiagram("CJ parcel", "parcel", PENDING.stateName, transitions, finals);
    }
}
