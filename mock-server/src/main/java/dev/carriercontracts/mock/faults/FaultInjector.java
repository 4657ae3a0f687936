package dev.carriercontracts.mock.faults;

import dev.carriercontracts.mock.Carrier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The active fault rules, and the decision for each call. Rules are few and change rarely, so they
 * live in a copy-on-write array: a call with no rule costs one volatile read.
 */
public final class FaultInjector {

    /** A rule as it stands now: how many of its {@code times} are left ({@code null}: unlimited). */
    public record ActiveFault(FaultRule rule, Integer remaining) {
    }

    private static final Armed[] NONE = new Armed[0];

    private final AtomicLong nextId = new AtomicLong(1);
    private volatile Armed[] armed = NONE;

    /** Adds a rule and returns it with its id. */
    public synchronized FaultRule add(FaultRule rule) {
        FaultRule withId = rule.withId("fault-" + nextId.getAndIncrement());
        Armed[] next = Arrays.copyOf(armed, armed.length + 1);
        next[armed.length] = new Armed(withId);
        armed = next;
        return withId;
    }

    public List<ActiveFault> list() {
        List<ActiveFault> out = new ArrayList<>();
        for (Armed a : armed) {
            Integer remaining = a.remaining == null ? null : a.remaining.get();
            if (remaining == null || remaining > 0) {
                out.add(new ActiveFault(a.rule, remaining));
            }
        }
        return out;
    }

    public Optional<ActiveFault> find(String id) {
        return list().stream().filter(f -> f.rule().id().equals(id)).findFirst();
    }

    /** Removes one rule; false if there is no rule with that id. */
    public boolean remove(String id) {
        return removeIf(a -> a.rule.id().equals(id)) > 0;
    }

    /** Removes every rule. */
    public void clear() {
        removeIf(a -> true);
    }

    /** Removes the rules that target this carrier (rules for every carrier stay). */
    public void clear(Carrier carrier) {
        removeIf(a -> a.rule.carrier() == carrier);
    }

    /** Replaces every rule with these (used by reset to restore the configured faults). */
    public synchronized void replaceAll(List<FaultRule> rules) {
        armed = NONE;
        rules.forEach(this::add);
    }

    /**
     * Decides the faults of one call. Each matching rule that fires adds its latency (latencies add
     * up); the first firing rule of another kind decides the outcome. A {@code times} rule counts
     * every matching call, fired or not.
     */
    public FaultPlan plan(Carrier carrier, String operationId) {
        Armed[] current = armed;
        if (current.length == 0 || carrier == null) {
            return FaultPlan.NONE;
        }
        Duration delay = Duration.ZERO;
        Fault outcome = null;
        boolean expired = false;
        for (Armed a : current) {
            if (!a.rule.matches(carrier, operationId)) {
                continue;
            }
            if (a.remaining != null) {
                int before = a.remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0);
                if (before <= 0) {
                    continue;
                }
                expired |= before == 1;
            }
            if (!fires(a.rule.probability())) {
                continue;
            }
            if (a.rule.fault() instanceof Fault.Latency latency) {
                delay = delay.plus(draw(latency));
            } else if (outcome == null) {
                outcome = a.rule.fault();
            }
        }
        if (expired) {
            removeIf(a -> a.remaining != null && a.remaining.get() <= 0);
        }
        return delay.isZero() && outcome == null ? FaultPlan.NONE : new FaultPlan(delay, outcome);
    }

    private static boolean fires(double probability) {
        return probability >= 1.0 || (probability > 0.0 && ThreadLocalRandom.current().nextDouble() < probability);
    }

    private static Duration draw(Fault.Latency latency) {
        long min = latency.min().toNanos();
        long max = latency.max().toNanos();
        return min == max ? latency.min() : Duration.ofNanos(ThreadLocalRandom.current().nextLong(min, max + 1));
    }

    private synchronized int removeIf(Predicate<Armed> condition) {
        Armed[] kept = Arrays.stream(armed).filter(condition.negate()).toArray(Armed[]::new);
        int removed = armed.length - kept.length;
        armed = kept.length == 0 ? NONE : kept;
        return removed;
    }

    private static final class Armed {
        final FaultRule rule;
        final AtomicInteger remaining;

        Armed(FaultRule rule) {
            this.rule = rule;
            this.remaining = rule.times() == null ? null : new AtomicInteger(rule.times());
        }
    }
}
