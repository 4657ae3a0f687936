package dev.carriercontracts.mock.cdek.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Derives a timeline from where an entity started, the states forced on it and the clock: no
 * thread or timer per entity. Between two forced states (and after the last one) the entity moves
 * by itself, as {@code next} says; a forced state cuts that short at its instant, and the
 * derivation goes on from there.
 */
public final class Derivation {

    private Derivation() {
    }

    /**
     * @param next the stamp the entity reaches by itself after the given one, or null when it stays
     * @return every stamp up to {@code now}, oldest first
     */
    public static <S extends Enum<S>> List<Stamp<S>> timeline(Stamp<S> start, List<Stamp<S>> forced, Instant now,
                                                               UnaryOperator<Stamp<S>> next) {
        List<Stamp<S>> timeline = new ArrayList<>();
        timeline.add(start);
        Stamp<S> current = start;
        List<Stamp<S>> due = forced.stream().filter(f -> !f.at().isAfter(now))
                .sorted(Comparator.comparing(Stamp::at)).toList();
        for (Stamp<S> f : due) {
            follow(timeline, current, f.at(), next);
            Stamp<S> last = timeline.get(timeline.size() - 1);
            if (last.state() == f.state() && last.at().equals(f.at())) {
                timeline.set(timeline.size() - 1, f); // forced into the state it reached by itself at that instant
            } else {
                timeline.add(f);
            }
            current = f;
        }
        follow(timeline, current, now, next);
        return timeline;
    }

    /** Where the entity ends when nothing else is forced: the last stamp it will reach by itself. */
    public static <S extends Enum<S>> Stamp<S> projectedEnd(Stamp<S> from, UnaryOperator<Stamp<S>> next) {
        List<Stamp<S>> ahead = new ArrayList<>();
        return follow(ahead, from, Instant.MAX, next);
    }

    /** Adds the stamps the entity reaches by itself from {@code from} up to {@code limit} (included); returns the last. */
    private static <S extends Enum<S>> Stamp<S> follow(List<Stamp<S>> timeline, Stamp<S> from, Instant limit,
                                                      UnaryOperator<Stamp<S>> next) {
        Stamp<S> current = from;
        while (true) {
            Stamp<S> reached = next.apply(current);
            if (reached == null || reached.at().isAfter(limit)) {
                return current;
            }
            timeline.add(reached);
            current = reached;
        }
    }
}
