package dev.carriercontracts.mock.cnexpress.request;

import java.time.LocalDate;

/**
 * The numbers CNExpress hands out, derived rather than stored.
 * <ul>
 *   <li>request_no: {@code CE} + creation date {@code yyyyMMdd} (UTC) + the 9-digit sequence (spec choice 1);</li>
 *   <li>test tracking numbers: {@code TEST} + a 9-digit serial, as the seed's samples;</li>
 *   <li>live tracking numbers: {@code CNE} + the request's 9-digit sequence + the package's position (2 digits or
 *       more), so that the tracking system finds a live package without an index of its own.</li>
 * </ul>
 * Written and parsed with plain loops: these run on every create and poll.
 */
public final class RequestNumbers {

    public static final int REQUEST_NO_LENGTH = 19;
    private static final long MAX_SEQUENCE = 999_999_999L;

    private RequestNumbers() {
    }

    /** The request number of a stored request, as ASCII bytes. */
    public static byte[] requestNo(long sequence, long createdMicros) {
        byte[] no = new byte[REQUEST_NO_LENGTH];
        no[0] = 'C';
        no[1] = 'E';
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(createdMicros, 86_400_000_000L));
        digits(no, 2, 4, day.getYear());
        digits(no, 6, 2, day.getMonthValue());
        digits(no, 8, 2, day.getDayOfMonth());
        digits(no, 10, 9, sequence);
        return no;
    }

    public static String requestNoText(long sequence, long createdMicros) {
        return new String(requestNo(sequence, createdMicros), java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** The sequence a request number holds, or -1 if it is not a request number (the date is checked by the caller). */
    public static long sequenceOf(String requestNo) {
        if (requestNo == null || requestNo.length() != REQUEST_NO_LENGTH || requestNo.charAt(0) != 'C' || requestNo.charAt(1) != 'E') {
            return -1;
        }
        for (int i = 2; i < 10; i++) {
            if (!isDigit(requestNo.charAt(i))) {
                return -1;
            }
        }
        return number(requestNo, 10, REQUEST_NO_LENGTH);
    }

    /** Whether {@code requestNo} is exactly the number of the request with this sequence and creation instant. */
    public static boolean matches(String requestNo, long sequence, long createdMicros) {
        byte[] expected = requestNo(sequence, createdMicros);
        for (int i = 0; i < REQUEST_NO_LENGTH; i++) {
            if (requestNo.charAt(i) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** The tracking number of the package at {@code index} (0-based) of a request. */
    public static String trackingNo(StoredRequest r, int index) {
        StringBuilder no = new StringBuilder(16);
        if (r.testMode()) {
            no.append("TEST");
            pad(no, r.trackingBase() + index, 9);
        } else {
            no.append("CNE");
            pad(no, r.sequence(), 9);
            pad(no, index + 1, 2);
        }
        return no.toString();
    }

    /**
     * The position (0-based) of the package with this tracking number in the request, or -1 when the request
     * has no such package.
     */
    public static int packageIndex(StoredRequest r, String trackingNo) {
        long index;
        if (r.testMode()) {
            if (!trackingNo.startsWith("TEST") || trackingNo.length() != 13) {
                return -1;
            }
            long serial = number(trackingNo, 4, 13);
            index = serial < 0 ? -1 : serial - r.trackingBase();
        } else {
            LivePackage live = parseLive(trackingNo);
            index = live == null || live.sequence() != r.sequence() ? -1 : live.index();
        }
        return index >= 0 && index < r.packageCount() ? (int) index : -1;
    }

    /** What a live tracking number points at. */
    public record LivePackage(long sequence, int index) {
    }

    /** The request sequence and package position (0-based) of a live tracking number, or null. */
    public static LivePackage parseLive(String trackingNo) {
        if (trackingNo == null || trackingNo.length() < 14 || trackingNo.length() > 18 || !trackingNo.startsWith("CNE")) {
            return null;
        }
        long sequence = number(trackingNo, 3, 12);
        long position = number(trackingNo, 12, trackingNo.length());
        if (sequence < 0 || position < 1) {
            return null;
        }
        // the position is written with at least 2 digits and no other leading zero: one spelling per package
        int digits = trackingNo.length() - 12;
        if (digits > 2 && trackingNo.charAt(12) == '0') {
            return null;
        }
        return new LivePackage(sequence, (int) position - 1);
    }

    public static void checkSequence(long sequence) {
        if (sequence > MAX_SEQUENCE) {
            throw new IllegalStateException("the request sequence is exhausted (9 digits)");
        }
    }

    private static long number(String s, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void digits(byte[] into, int at, int width, long value) {
        for (int i = at + width - 1; i >= at; i--) {
            into[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    private static void pad(StringBuilder into, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            into.append('0');
        }
        into.append(digits);
    }
}
