package dev.carriercontracts.mock.cdek.orders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The orders of one server, each owned by one account: another account's order is simply not
 * found. Every call is a map look-up; above the cap the oldest finished orders are dropped first
 * (then the oldest unfinished, once {@value #UNFINISHED_LOOKED_AT} unfinished ones were passed), in one
 * logged batch down to 99 % of the cap. Thread-safe: concurrent registrations never
 * lose an order and never share a uuid or a CDEK number.
 */
public final class OrderStore {

    private static final Logger LOG = LoggerFactory.getLogger(OrderStore.class);
    /** How many unfinished orders the search for finished ones passes before it gives up. */
    static final int UNFINISHED_LOOKED_AT = 64;
    /** The first CDEK number handed out; they count up from here (ten digits, like CDEK's). */
    private static final long FIRST_CDEK_NUMBER = 1_100_000_001L;

    private final int cap;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong cdekNumbers = new AtomicLong(FIRST_CDEK_NUMBER);
    private final Map<UUID, Order> byUuid = new ConcurrentHashMap<>();
    private final Map<UUID, UUID> orderByRequest = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Long, UUID> bySequence = new ConcurrentSkipListMap<>();
    private final Object evicting = new Object();

    public OrderStore(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("the store cap must be positive: " + cap);
        }
        this.cap = cap;
    }

    /** What a new order needs from the store: its place in line, fresh ids and a CDEK number. */
    public record Identity(long sequence, UUID uuid, UUID requestUuid, String cdekNumber) {
    }

    public Identity newIdentity() {
        UUID uuid = freshUuid();
        return new Identity(sequence.incrementAndGet(), uuid, freshUuid(), Long.toString(cdekNumbers.getAndIncrement()));
    }

    /**
     * Stores a new order; when that takes the store over its cap, drops the oldest orders
     * {@code finished} says are done first.
     */
    public void add(Order order, Predicate<Order> finished) {
        if (byUuid.putIfAbsent(order.uuid(), order) != null) {
            throw new IllegalStateException("order " + order.uuid() + " is already stored");
        }
        orderByRequest.put(order.requestUuid(), order.uuid());
        bySequence.put(order.sequence(), order.uuid());
        if (byUuid.size() > cap) {
            evict(finished);
        }
    }

    /** The order, if it exists and belongs to this account. */
    public Optional<Order> find(String credentialId, UUID uuid) {
        Order order = byUuid.get(uuid);
        return order != null && order.credentialId().equals(credentialId) ? Optional.of(order) : Optional.empty();
    }

    /** Any account's order (admin API). */
    public Optional<Order> byUuid(UUID uuid) {
        return Optional.ofNullable(byUuid.get(uuid));
    }

    /** The order a CREATE request was made for (admin API). */
    public Optional<Order> byRequestUuid(UUID requestUuid) {
        UUID uuid = orderByRequest.get(requestUuid);
        return uuid == null ? Optional.empty() : byUuid(uuid);
    }

    /** Replaces an order atomically (a forced state); empty when it is gone. */
    public Optional<Order> update(UUID uuid, UnaryOperator<Order> change) {
        return Optional.ofNullable(byUuid.computeIfPresent(uuid, (id, order) -> change.apply(order)));
    }

    /** Every order, oldest first (admin API). */
    public List<Order> all() {
        return byUuid.values().stream().sorted(Comparator.comparingLong(Order::sequence)).toList();
    }

    public int size() {
        return byUuid.size();
    }

    public void clear() {
        synchronized (evicting) {
            byUuid.clear();
            orderByRequest.clear();
            bySequence.clear();
        }
    }

    public void clear(String credentialId) {
        synchronized (evicting) {
            for (Order order : List.copyOf(byUuid.values())) {
                if (order.credentialId().equals(credentialId)) {
                    remove(order);
                }
            }
        }
    }

    private void evict(Predicate<Order> finished) {
        synchronized (evicting) {
            int excess = byUuid.size() - cap;
            if (excess <= 0) {
                return;
            }
            // a batch down to 99 % of the cap, so that a full store does not evict on every registration
            int batch = Math.max(excess, cap / 100);
            Map<UUID, Order> dropped = new LinkedHashMap<>();
            int unfinishedSeen = 0;
            // the oldest finished go first; the search stops after a few unfinished ones, so that a frozen clock
            // (every order unfinished) cannot make each registration walk the whole store
            for (UUID uuid : bySequence.values()) {
                Order order = byUuid.get(uuid);
                if (order == null) {
                    continue;
                }
                if (finished.test(order)) {
                    dropped.put(uuid, order);
                    if (dropped.size() == batch) {
                        break;
                    }
                } else if (++unfinishedSeen == UNFINISHED_LOOKED_AT) {
                    break;
                }
            }
            int finishedCount = dropped.size();
            for (UUID uuid : bySequence.values()) {
                if (dropped.size() >= batch) {
                    break;
                }
                Order order = byUuid.get(uuid);
                if (order != null) {
                    dropped.putIfAbsent(uuid, order);
                }
            }
            dropped.values().forEach(this::remove);
            LOG.info("cdek: the store holds at most {} orders; dropped the {} oldest ({} finished, {} unfinished)",
                    cap, dropped.size(), finishedCount, dropped.size() - finishedCount);
        }
    }

    private void remove(Order order) {
        byUuid.remove(order.uuid());
        orderByRequest.remove(order.requestUuid());
        bySequence.remove(order.sequence());
    }

    private UUID freshUuid() {
        UUID uuid;
        do {
            uuid = UUID.randomUUID();
        } while (byUuid.containsKey(uuid) || orderByRequest.containsKey(uuid));
        return uuid;
    }
}
