package dev.carriercontracts.mock.trackingmore.tracking;

import dev.carriercontracts.mock.trackingmore.lifecycle.Delays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * The trackings of every account of one server. Reads are lock-free map look-ups (an account sees
 * only its own keys, so another account's tracking is simply not found); every change takes one
 * lock, so concurrent creates of the same key make one tracking and ids are never handed out twice.
 * Capped: past the cap, the oldest finished trackings go first, then the oldest of the rest.
 */
public final class TrackingStore {

    private static final Logger LOG = LoggerFactory.getLogger(TrackingStore.class);
    /** How far from the oldest end the cap looks for finished trackings before dropping unfinished ones. */
    private static final int CAP_SCAN = 1024;

    private final int cap;
    private final Delays delays;
    private final Map<String, Map<TrackingKey, String>> accounts = new ConcurrentHashMap<>();
    private final Map<String, Tracking> byId = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    /** Ids, oldest first. Guarded by {@link #lock}. */
    private final Set<String> age = new LinkedHashSet<>();
    private long sequence;

    public TrackingStore(int cap, Delays delays) {
        if (cap < 1) {
            throw new IllegalArgumentException("the store cap must be at least 1: " + cap);
        }
        this.cap = cap;
        this.delays = delays;
    }

    public Optional<Tracking> find(String credentialId, TrackingKey key) {
        Map<TrackingKey, String> keys = accounts.get(credentialId);
        String id = keys == null ? null : keys.get(key);
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /** Any account's tracking by its id (the admin API's look-up). */
    public Optional<Tracking> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** One account's trackings, oldest first (a listing: linear in the account's trackings). */
    public List<Tracking> of(String credentialId) {
        Map<TrackingKey, String> keys = accounts.get(credentialId);
        if (keys == null) {
            return List.of();
        }
        List<Tracking> trackings = new ArrayList<>(keys.size());
        for (String id : keys.values()) {
            Tracking t = byId.get(id);
            if (t != null) {
                trackings.add(t);
            }
        }
        trackings.sort(Comparator.comparingLong(Tracking::sequence));
        return trackings;
    }

    public List<Tracking> all() {
        return byId.values().stream().sorted(Comparator.comparingLong(Tracking::sequence)).toList();
    }

    /**
     * Stores a new tracking unless the account already has one with this key; {@code payment} is
     * asked (under the lock, after the existence check) whether the quota pays for it.
     */
    public Creation create(String credentialId, TrackingKey key, BooleanSupplier payment, NewTracking factory, Instant now) {
        Tracking created;
        synchronized (lock) {
            Map<TrackingKey, String> keys = accounts.computeIfAbsent(credentialId, k -> new ConcurrentHashMap<>());
            String existing = keys.get(key);
            if (existing != null) {
                return new Creation.AlreadyExists(byId.get(existing));
            }
            if (!payment.getAsBoolean()) {
                return new Creation.NoQuota();
            }
            long next = ++sequence;
            created = factory.create(next, TrackingIds.of(next));
            byId.put(created.id(), created);
            keys.put(key, created.id());
            age.add(created.id());
            if (byId.size() > cap) {
                dropOldest(now);
            }
        }
        return new Creation.Created(created);
    }

    /** Replaces the account's tracking with {@code change} applied to it; empty when there is none. */
    public Optional<Tracking> update(String credentialId, TrackingKey key, UnaryOperator<Tracking> change) {
        synchronized (lock) {
            return find(credentialId, key).map(t -> replace(change.apply(t)));
        }
    }

    public Optional<Tracking> updateById(String id, UnaryOperator<Tracking> change) {
        synchronized (lock) {
            return byId(id).map(t -> replace(change.apply(t)));
        }
    }

    public Optional<Tracking> remove(String credentialId, TrackingKey key) {
        synchronized (lock) {
            Optional<Tracking> found = find(credentialId, key);
            found.ifPresent(this::forget);
            return found;
        }
    }

    /** Re-keys a tracking (a carrier code change); refused when the account already has the new key. */
    public Move move(String credentialId, TrackingKey from, TrackingKey to) {
        synchronized (lock) {
            Optional<Tracking> found = find(credentialId, from);
            if (found.isEmpty()) {
                return new Move.NotFound();
            }
            if (from.equals(to)) {
                return new Move.Moved(found.get());
            }
            Map<TrackingKey, String> keys = accounts.get(credentialId);
            if (keys.containsKey(to)) {
                return new Move.TargetExists();
            }
            Tracking moved = found.get().withKey(to);
            keys.remove(from);
            keys.put(to, moved.id());
            byId.put(moved.id(), moved);
            return new Move.Moved(moved);
        }
    }

    public void clear() {
        synchronized (lock) {
            accounts.clear();
            byId.clear();
            age.clear();
        }
    }

    public void clear(String credentialId) {
        synchronized (lock) {
            Map<TrackingKey, String> keys = accounts.remove(credentialId);
            if (keys != null) {
                keys.values().forEach(id -> {
                    byId.remove(id);
                    age.remove(id);
                });
            }
        }
    }

    private Tracking replace(Tracking changed) {
        byId.put(changed.id(), changed);
        return changed;
    }

    private void forget(Tracking t) {
        Map<TrackingKey, String> keys = accounts.get(t.credentialId());
        if (keys != null) {
            keys.remove(t.key());
        }
        byId.remove(t.id());
        age.remove(t.id());
    }

    /**
     * Drops what is over the cap plus a hundredth of it (so a full store logs once per batch, not
     * once per create): finished trackings first, looked for among the oldest, then the oldest.
     */
    private void dropOldest(Instant now) {
        int toDrop = byId.size() - cap + cap / 100;
        Map<String, Tracking> victims = new LinkedHashMap<>();
        int scanned = 0;
        for (Iterator<String> it = age.iterator(); it.hasNext() && victims.size() < toDrop && scanned < toDrop + CAP_SCAN; scanned++) {
            Tracking t = byId.get(it.next());
            if (t != null && t.finished(now, delays)) {
                victims.put(t.id(), t);
            }
        }
        int finished = victims.size();
        for (Iterator<String> it = age.iterator(); it.hasNext() && victims.size() < toDrop; ) {
            Tracking t = byId.get(it.next());
            if (t != null) {
                victims.putIfAbsent(t.id(), t);
            }
        }
        victims.values().forEach(this::forget);
        LOG.info("trackingmore: more than {} trackings stored, dropped the {} oldest ({} finished, {} still updating)",
                cap, victims.size(), finished, victims.size() - finished);
    }

    /** Builds the tracking to store from the sequence and id the store hands out. */
    @FunctionalInterface
    public interface NewTracking {
        Tracking create(long sequence, String id);
    }
}
