package dev.carriercontracts.mock.cnexpress.request;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The order requests of one server, every account's, by sequence number: a look-up is one hash probe
 * whatever the store holds, and the caller checks the owner (another account's request is simply not found).
 *
 * <p>Capped in <em>packages</em> ({@code server.stores.maxEntitiesPerCarrier}), since memory grows with
 * packages and a request may hold many: when an add goes over the cap, the oldest finished requests are
 * dropped, in one batch down to 99 % of the cap (logged once per batch, never per request). Looking for
 * finished ones stops after {@value #UNFINISHED_LOOKED_AT} unfinished requests, so that a frozen clock
 * cannot make adds slow; then the oldest go, finished or not. The request just added is never dropped.
 *
 * <p>Thread-safe: numbers come from atomic counters (never handed out twice, never reset, so a number seen
 * before a reset never names another request), and a reset swaps in an empty shelf, so a create racing with
 * it lands entirely on one side.
 */
public final class RequestStore {

    private static final Logger LOG = LoggerFactory.getLogger(RequestStore.class);
    static final int UNFINISHED_LOOKED_AT = 64;

    /** The requests and their insertion order, with their total of packages. */
    private static final class Shelf {
        final Map<Long, StoredRequest> bySequence = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<Long> oldestFirst = new ConcurrentLinkedQueue<>();
        final AtomicLong packages = new AtomicLong();
    }

    private final AtomicLong sequences = new AtomicLong();
    private final AtomicLong trackingSerials = new AtomicLong();
    private final RequestLifecycle lifecycle;
    private final long cap;
    private final long dropDownTo;
    private final ReentrantLock dropping = new ReentrantLock();
    private volatile Shelf shelf = new Shelf();

    /** @param maxPackages the most packages kept (at least 1) */
    public RequestStore(RequestLifecycle lifecycle, long maxPackages) {
        this.lifecycle = lifecycle;
        this.cap = Math.max(1, maxPackages);
        this.dropDownTo = cap - cap / 100;
    }

    /** A new request sequence number, unique for the life of the server. */
    public long nextSequence() {
        long sequence = sequences.incrementAndGet();
        RequestNumbers.checkSequence(sequence);
        return sequence;
    }

    /** The first of {@code count} consecutive TEST tracking serials, unique for the life of the server. */
    public long reserveTrackingSerials(int count) {
        return trackingSerials.getAndAdd(count) + 1;
    }

    public void add(StoredRequest request, long nowMicros) {
        Shelf s = shelf;
        Long key = request.sequence();
        s.bySequence.put(key, request);
        s.oldestFirst.offer(key);
        if (s.packages.addAndGet(request.packageCount()) > cap) {
            drop(s, key, nowMicros);
        }
    }

    /** The request with this sequence, whoever owns it, or null. */
    public StoredRequest get(long sequence) {
        return shelf.bySequence.get(sequence);
    }

    /** Replaces a request by a new version of itself (a forced state); false if it changed or went meanwhile. */
    public boolean replace(StoredRequest current, StoredRequest next) {
        return shelf.bySequence.replace(current.sequence(), current, next);
    }

    /** Every request, oldest first (admin API and console only: this one is O(n log n)). */
    public List<StoredRequest> all() {
        List<StoredRequest> all = new ArrayList<>(shelf.bySequence.values());
        all.sort(Comparator.comparingLong(StoredRequest::sequence));
        return all;
    }

    public int requests() {
        return shelf.bySequence.size();
    }

    public long packages() {
        return shelf.packages.get();
    }

    public void clear() {
        shelf = new Shelf();
    }

    public void clear(String credentialId) {
        Shelf s = shelf;
        for (Map.Entry<Long, StoredRequest> entry : s.bySequence.entrySet()) {
            if (entry.getValue().owner().id().equals(credentialId)) {
                StoredRequest removed = s.bySequence.remove(entry.getKey());
                if (removed != null) {
                    s.packages.addAndGet(-removed.packageCount());
                }
            }
        }
        s.oldestFirst.removeIf(key -> !s.bySequence.containsKey(key));
    }

    private void drop(Shelf s, Long newest, long nowMicros) {
        dropping.lock();
        try {
            if (s.packages.get() <= cap) {
                return;   // another add dropped enough meanwhile
            }
            int requests = 0;
            long packages = 0;
            int unfinished = 0;
            Iterator<Long> oldest = s.oldestFirst.iterator();
            int unfinishedSeen = 0;
            while (s.packages.get() > dropDownTo && oldest.hasNext() && unfinishedSeen < UNFINISHED_LOOKED_AT) {
                Long key = oldest.next();
                StoredRequest r = s.bySequence.get(key);
                if (r == null) {
                    oldest.remove();   // went with a per-account reset
                } else if (!key.equals(newest) && lifecycle.finished(r, nowMicros)) {
                    oldest.remove();
                    StoredRequest removed = s.bySequence.remove(key);
                    if (removed != null) {
                        s.packages.addAndGet(-removed.packageCount());
                        requests++;
                        packages += removed.packageCount();
                    }
                } else {
                    unfinishedSeen++;
                }
            }
            while (s.packages.get() > dropDownTo) {
                Long key = s.oldestFirst.peek();
                if (key == null || key.equals(newest)) {
                    break;
                }
                s.oldestFirst.poll();
                StoredRequest removed = s.bySequence.remove(key);
                if (removed != null) {
                    s.packages.addAndGet(-removed.packageCount());
                    requests++;
                    packages += removed.packageCount();
                    if (!lifecycle.finished(removed, nowMicros)) {
                        unfinished++;
                    }
                }
            }
            LOG.info("CNExpress store over its cap of {} packages: dropped the {} oldest finished requests ({} packages){}",
                    cap, requests, packages, unfinished == 0 ? "" : "; " + unfinished + " of them were not finished yet,"
                            + " as the oldest requests were still being processed");
        } finally {
            dropping.unlock();
        }
    }
}
