package dev.carriercontracts.mock.cj.tracking;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The tracked parcels of one server, by tracking number. A number belongs to the account that tracked it
 * first; for any other account it does not exist. Look-ups and registrations are O(1); past the cap the oldest
 * finished parcels are dropped (then the oldest unfinished, if nothing has finished), at least a tenth of the
 * cap at a time so that the scan is paid once per batch, not once per parcel.
 */
final class ParcelStore {

    private static final Logger LOG = LoggerFactory.getLogger(ParcelStore.class);

    private record Arrival(String trackNumber, long sequence) {
    }

    private final ConcurrentHashMap<String, Parcel> byNumber = new ConcurrentHashMap<>();
    /** Parcels in arrival order; may still name parcels already removed (dropped from it when met). */
    private final Queue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final int cap;
    private final Predicate<Parcel> finished;

    /** @param finished whether a parcel has reached a final status now (read from the clock) */
    ParcelStore(int cap, Predicate<Parcel> finished) {
        this.cap = cap;
        this.finished = finished;
    }

    /**
     * The parcel with this number for this account: registered now (by {@code create}, given its sequence) if
     * nobody tracks it yet; empty if another account does.
     */
    Optional<Parcel> track(String credentialId, String trackNumber, LongFunction<Parcel> create) {
        Parcel parcel = byNumber.computeIfAbsent(trackNumber, number -> {
            Parcel created = create.apply(sequence.incrementAndGet());
            arrivals.add(new Arrival(number, created.sequence()));
            return created;
        });
        if (byNumber.size() > cap) {
            evict();
        }
        return parcel.credentialId().equals(credentialId) ? Optional.of(parcel) : Optional.empty();
    }

    Optional<Parcel> find(String trackNumber) {
        return Optional.ofNullable(byNumber.get(trackNumber));
    }

    /** Replaces a parcel, atomically, with what {@code change} makes of it (the same parcel: no change). */
    Optional<Parcel> update(String trackNumber, UnaryOperator<Parcel> change) {
        return Optional.ofNullable(byNumber.computeIfPresent(trackNumber, (number, parcel) -> change.apply(parcel)));
    }

    List<Parcel> all() {
        List<Parcel> parcels = new ArrayList<>(byNumber.values());
        parcels.sort(Comparator.comparingLong(Parcel::sequence));
        return parcels;
    }

    void clear() {
        byNumber.clear();
        arrivals.clear();
    }

    void clear(String credentialId) {
        byNumber.values().removeIf(p -> p.credentialId().equals(credentialId));
    }

    private synchronized void evict() {
        int excess = byNumber.size() - cap;
        if (excess <= 0) {
            return;
        }
        int batch = Math.max(excess, cap / 10);
        int dropped = drop(batch, true);
        if (dropped < batch) {
            dropped += drop(batch - dropped, false);
        }
        LOG.info("cj: dropped {} tracked parcel(s), oldest finished first: the store holds at most {} (server.stores.maxEntitiesPerCarrier)",
                dropped, cap);
    }

    private int drop(int wanted, boolean finishedOnly) {
        int dropped = 0;
        for (Iterator<Arrival> it = arrivals.iterator(); it.hasNext() && dropped < wanted; ) {
            Arrival arrival = it.next();
            Parcel parcel = byNumber.get(arrival.trackNumber());
            if (parcel == null || parcel.sequence() != arrival.sequence()) {
                it.remove(); // removed by a reset, or tracked again since: this entry is stale
            } else if ((!finishedOnly || finished.test(parcel)) && byNumber.remove(arrival.trackNumber(), parcel)) {
                it.remove();
                dropped++;
            }
        }
        return dropped;
    }
}
