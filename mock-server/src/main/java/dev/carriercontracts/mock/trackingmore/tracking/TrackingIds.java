package dev.carriercontracts.mock.trackingmore.tracking;

/**
 * TrackingMore-style ids (32 hexadecimal characters) from the store's sequence. The first half is a
 * bijective mix of the sequence, so two sequences never share an id; the second half only makes the
 * id look like TrackingMore's.
 */
final class TrackingIds {

    private TrackingIds() {
    }

    static String of(long sequence) {
        return String.format("%016x%016x", mix(sequence), mix(~sequence * 0x9E3779B97F4A7C15L));
    }

    /** SplitMix64's finaliser: a bijection on 64-bit values. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
