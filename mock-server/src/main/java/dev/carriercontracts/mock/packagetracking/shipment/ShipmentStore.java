package dev.carriercontracts.mock.packagetracking.shipment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The shipments of one server, keyed by account, carrier code and number: O(1) per query, safe for concurrent
 * queries (the first query of a number registers it exactly once), and capped: past {@code cap} shipments the
 * oldest settled ones are dropped first, then the oldest of the rest.
 */
public final class ShipmentStore {

    private static final Logger LOG = LoggerFactory.getLogger(ShipmentStore.class);

    /** A shipment's place in the order of first queries; stale once the shipment was dropped or reset. */
    private record Arrival(ShipmentKey key, long sequence) {
    }

    private final Map<ShipmentKey, Shipment> shipments = new ConcurrentHashMap<>();
    private final Queue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final ReentrantLock trimming = new ReentrantLock();
    private final Delays delays;
    private final int cap;
    /** Dropping a little more than needed keeps a full store from scanning on every new shipment. */
    private final int slack;

    public ShipmentStore(Delays delays, int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("the store cap must be at least 1: " + cap);
        }
        this.delays = delays;
        this.cap = cap;
        this.slack = cap / 100;
    }

    /** The shipment, registered at {@code now} with the given places if this is the number's first query. */
    public Shipment register(ShipmentKey key, Instant now, Supplier<Places> places) {
        AtomicReference<Shipment> created = new AtomicReference<>();
        Shipment shipment = shipments.computeIfAbsent(key, k -> {
            Shipment fresh = Shipment.firstQueried(sequence.incrementAndGet(), k, places.get(), now);
            created.set(fresh);
            return fresh;
        });
        if (created.get() != null) {
            arrivals.add(new Arrival(key, shipment.sequence()));
            if (shipments.size() > cap) {
                trim(now);
            }
        }
        return shipment;
    }

    public Optional<Shipment> find(ShipmentKey key) {
        return Optional.ofNullable(shipments.get(key));
    }

    /** Forces a status on a stored shipment, atomically; empty when there is no such shipment. */
    public Optional<Forcing> force(ShipmentKey key, ShipmentStatus target, Instant at) {
        AtomicReference<Forcing> outcome = new AtomicReference<>();
        shipments.computeIfPresent(key, (k, shipment) -> {
            Forcing forcing = shipment.forcedTo(target, at, delays);
            outcome.set(forcing);
            return forcing instanceof Forcing.Forced forced ? forced.shipment() : shipment;
        });
        return Optional.ofNullable(outcome.get());
    }

    /** Every shipment, oldest first (a listing: O(n log n), for the admin API). */
    public List<Shipment> all() {
        return shipments.values().stream().sorted(Comparator.comparingLong(Shipment::sequence)).toList();
    }

    public void clear() {
        shipments.clear();
        arrivals.clear();
    }

    public void clear(String credentialId) {
        shipments.keySet().removeIf(key -> key.credentialId().equals(credentialId));
        arrivals.removeIf(arrival -> arrival.key().credentialId().equals(credentialId));
    }

    private void trim(Instant now) {
        trimming.lock();
        try {
            int excess = shipments.size() - cap;
            if (excess <= 0) {
                return;
            }
            int wanted = excess + slack;
            int settled = drop(wanted, now, true);
            int unsettled = settled < wanted ? drop(wanted - settled, now, false) : 0;
            LOG.info("package-tracking: more than {} shipments stored; dropped the {} oldest settled and {} oldest unsettled",
                    cap, settled, unsettled);
        } finally {
            trimming.unlock();
        }
    }

    /** Drops up to {@code count} shipments, oldest first (only settled ones when {@code settledOnly}). */
    private int drop(int count, Instant now, boolean settledOnly) {
        int dropped = 0;
        for (Iterator<Arrival> it = arrivals.iterator(); it.hasNext() && dropped < count; ) {
            Arrival arrival = it.next();
            Shipment current = shipments.get(arrival.key());
            if (current == null || current.sequence() != arrival.sequence()) {
                it.remove(); // reset or dropped already
            } else if (!settledOnly || current.settled(now, delays)) {
                if (shipments.remove(arrival.key(), current)) {
                    it.remove();
                    dropped++;
                }
            }
        }
        return dropped;
    }
}
