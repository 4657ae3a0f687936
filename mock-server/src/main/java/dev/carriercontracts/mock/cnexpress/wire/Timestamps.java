package dev.carriercontracts.mock.cnexpress.wire;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Instants as the carrier writes them: ISO 8601 with microseconds, in UTC ({@code 2017-08-04T16:11:24.442102Z}). */
public final class Timestamps {

    private Timestamps() {
    }

    /** Writes the instant (µs since the epoch) as a JSON string. */
    public static void writeIsoMicros(JsonOut out, long micros) {
        long seconds = Math.floorDiv(micros, 1_000_000L);
        long fraction = Math.floorMod(micros, 1_000_000L);
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        byte[] text = new byte[27];
        put(text, 0, 4, t.getYear());
        text[4] = '-';
        put(text, 5, 2, t.getMonthValue());
        text[7] = '-';
        put(text, 8, 2, t.getDayOfMonth());
        text[10] = 'T';
        put(text, 11, 2, t.getHour());
        text[13] = ':';
        put(text, 14, 2, t.getMinute());
        text[16] = ':';
        put(text, 17, 2, t.getSecond());
        text[19] = '.';
        put(text, 20, 6, fraction);
        text[26] = 'Z';
        out.raw('"').raw(text).raw('"');
    }

    public static String isoMicros(long micros) {
        JsonOut out = new JsonOut(32);
        writeIsoMicros(out, micros);
        byte[] quoted = out.toBytes();
        return new String(quoted, 1, quoted.length - 2, java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static void put(byte[] into, int at, int width, long value) {
        for (int i = at + width - 1; i >= at; i--) {
            into[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}
