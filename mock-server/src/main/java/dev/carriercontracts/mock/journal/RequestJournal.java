package dev.carriercontracts.mock.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carriercontracts.mock.Carrier;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Every request the carriers received, newest kept: a fixed-size ring, so a server left running for
 * weeks holds at most {@code capacity} entries and the oldest are dropped. Recording is lock-free and
 * O(1) (one atomic increment, one array store); reading takes a consistent-enough snapshot.
 */
public final class RequestJournal {

    private final int capacity;
    private final AtomicReferenceArray<JournalEntry> ring;
    private final AtomicLong next = new AtomicLong();
    private final AtomicLong clearedBefore = new AtomicLong();
    private final ObjectMapper json;

    public RequestJournal(int capacity, ObjectMapper json) {
        if (capacity < 1) {
            throw new IllegalArgumentException("journal capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.ring = new AtomicReferenceArray<>(capacity);
        this.json = json;
    }

    /** Records one request; returns it with its sequence number. */
    public JournalEntry record(JournalEntry entry) {
        long sequence = next.getAndIncrement();
        JournalEntry sequenced = entry.withSequence(sequence);
        ring.set((int) (sequence % capacity), sequenced);
        return sequenced;
    }

    /** Every retained entry, oldest first. */
    public List<JournalEntry> all() {
        return find(JournalQuery.all());
    }

    /** The retained entries matching the query, oldest first (the newest {@code limit} if set). */
    public List<JournalEntry> find(JournalQuery query) {
        long end = next.get();
        long start = Math.max(Math.max(0, end - capacity), clearedBefore.get());
        List<JournalEntry> found = new ArrayList<>();
        for (long s = start; s < end; s++) {
            JournalEntry e = ring.get((int) (s % capacity));
            // skip a slot a writer has claimed but not filled yet, or already refilled with a newer entry
            if (e != null && e.sequence() == s && query.matches(e)) {
                found.add(e);
            }
        }
        if (query.limit() != null && found.size() > query.limit()) {
            return new ArrayList<>(found.subList(found.size() - query.limit(), found.size()));
        }
        return found;
    }

    public int count(JournalQuery query) {
        return find(query.limit(null)).size();
    }

    /** Forgets every entry recorded so far. */
    public void clear() {
        long end = next.get();
        clearedBefore.accumulateAndGet(end, Math::max);
        for (int i = 0; i < capacity; i++) {
            ring.set(i, null);
        }
    }

    public int capacity() {
        return capacity;
    }

    /** How many entries were dropped because the journal was full (since the last clear). */
    public long dropped() {
        return Math.max(0, next.get() - clearedBefore.get() - capacity);
    }

    /** Starts a verify-style assertion: {@code journal.verify(CNEXPRESS, "createRequest").withBody("/order_no", "X").times(1)}. */
    public JournalVerification verify(Carrier carrier, String operationId) {
        return new JournalVerification(this, JournalQuery.all().carrier(carrier).operationId(operationId), json);
    }

    /** Starts a verify-style assertion on any query. */
    public JournalVerification verify(JournalQuery query) {
        return new JournalVerification(this, query, json);
    }
}
