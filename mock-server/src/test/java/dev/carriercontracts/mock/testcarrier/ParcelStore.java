package dev.carriercontracts.mock.testcarrier;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The test carrier's parcels: an instance per server, each parcel owned by one credential. */
final class ParcelStore {

    private final AtomicLong ids = new AtomicLong(1000);
    private final Map<String, Parcel> parcels = new ConcurrentHashMap<>();
    private final int cap;

    ParcelStore(int cap) {
        this.cap = cap;
    }

    long nextSequence() {
        return ids.incrementAndGet();
    }

    void save(Parcel parcel) {
        parcels.put(parcel.id(), parcel);
        if (parcels.size() > cap) {
            parcels.values().stream().min(Comparator.comparingLong(Parcel::sequence)).ifPresent(p -> parcels.remove(p.id()));
        }
    }

    /** The parcel, if it exists and belongs to this credential: others' parcels are simply not found. */
    Optional<Parcel> find(String credentialId, String id) {
        Parcel p = parcels.get(id);
        return p != null && p.credentialId().equals(credentialId) ? Optional.of(p) : Optional.empty();
    }

    Optional<Parcel> byId(String id) {
        return Optional.ofNullable(parcels.get(id));
    }

    List<Parcel> of(String credentialId) {
        return parcels.values().stream().filter(p -> p.credentialId().equals(credentialId))
                .sorted(Comparator.comparingLong(Parcel::sequence)).toList();
    }

    List<Parcel> all() {
        return parcels.values().stream().sorted(Comparator.comparingLong(Parcel::sequence)).toList();
    }

    void clear() {
        parcels.clear();
    }

    void clear(String credentialId) {
        parcels.values().removeIf(p -> p.credentialId().equals(credentialId));
    }
}
