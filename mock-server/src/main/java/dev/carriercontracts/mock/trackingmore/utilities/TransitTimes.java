package dev.carriercontracts.mock.trackingmore.utilities;

import dev.carriercontracts.mock.trackingmore.config.Courier;
import dev.carriercontracts.mock.trackingmore.wire.Results;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Transit-time statistics of a carrier between two countries, made up deterministically from the
 * carrier's {@code transitDays}: delivery times spread evenly from half to twice that (half of it
 * again within one country), cut into TrackingMore's buckets of 0-7, 7-15, 16-30 and 31-60 days.
 * The sample size and the share never delivered come from a checksum of the route, so the same
 * question always gets the same answer.
 */
public final class TransitTimes {

    /** TrackingMore's buckets, in days: [0,7), [7,16), [16,31), [31,61). */
    private static final double[] BOUNDS = {0, 7, 16, 31, 61};

    public Results.TransitTime statistics(Courier courier, String original, String destination) {
        long hash = checksum(courier.code() + "|" + original.toUpperCase(Locale.ROOT) + "|" + destination.toUpperCase(Locale.ROOT));
        long total = 200 + hash % 1800;
        long delivered = total - total * (1 + (hash / 1800) % 4) / 100;

        double days = original.equalsIgnoreCase(destination) ? Math.max(1, courier.transitDays() / 2.0) : courier.transitDays();
        double from = days / 2;
        double to = Math.min(days * 2, BOUNDS[BOUNDS.length - 1]);
        double[] shares = new double[BOUNDS.length - 1];
        for (int i = 0; i < shares.length; i++) {
            double overlap = Math.max(0, Math.min(to, BOUNDS[i + 1]) - Math.max(from, BOUNDS[i]));
            shares[i] = Math.round(1000 * overlap / (to - from)) / 10.0;
        }
        balance(shares);
        return new Results.TransitTime(courier.code(), original, destination, total, delivered,
                shares[0], shares[1], shares[2], shares[3]);
    }

    /** Rounding may leave the shares a tenth off 100: the largest absorbs it. */
    private static void balance(double[] shares) {
        int largest = 0;
        double sum = 0;
        for (int i = 0; i < shares.length; i++) {
            sum += shares[i];
            if (shares[i] > shares[largest]) {
                largest = i;
            }
        }
        shares[largest] = Math.round((shares[largest] + 100 - sum) * 10) / 10.0;
    }

    private static long checksum(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
