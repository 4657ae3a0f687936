package dev.carriercontracts.mock.cnexpress.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes a JSON document straight into UTF-8 bytes. The CNExpress answers are written with it rather than
 * with Jackson because they are on the benchmarked path (create and poll): field names are constant byte
 * arrays, stored texts are copied as UTF-8 and escaped on the way, and nothing is allocated but the buffer.
 * The caller writes the commas and braces; {@link #key} writes {@code "name":}.
 */
public final class JsonOut {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    private byte[] buf;
    private int len;

    public JsonOut(int capacity) {
        this.buf = new byte[Math.max(capacity, 64)];
    }

    /** The constant bytes of {@code "name":}, built once per field name. */
    public static byte[] key(String name) {
        return ("\"" + name + "\":").getBytes(StandardCharsets.UTF_8);
    }

    public JsonOut raw(byte[] bytes) {
        return raw(bytes, 0, bytes.length);
    }

    public JsonOut raw(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buf, len, length);
        len += length;
        return this;
    }

    public JsonOut raw(char c) {
        ensure(1);
        buf[len++] = (byte) c;
        return this;
    }

    /** A string value: UTF-8 bytes, escaped as JSON needs, between quotes. */
    public JsonOut string(byte[] utf8, int offset, int length) {
        ensure(length + 2);
        buf[len++] = '"';
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            byte b = utf8[i];
            // bytes of multi-byte characters are negative: copied as they are, like printable ASCII
            if ((b >= 0x20 || b < 0) && b != '"' && b != '\\') {
                buf[len++] = b;
            } else {
                ensure(6 + end - i);
                escape(b);
            }
        }
        buf[len++] = '"';
        return this;
    }

    public JsonOut string(byte[] utf8) {
        return string(utf8, 0, utf8.length);
    }

    /** A string value from a Java string (for texts not stored as bytes). */
    public JsonOut string(String value) {
        return value == null ? nullValue() : string(value.getBytes(StandardCharsets.UTF_8));
    }

    public JsonOut nullValue() {
        return raw(NULL);
    }

    public JsonOut bool(boolean value) {
        return raw(value ? TRUE : FALSE);
    }

    public JsonOut number(long value) {
        if (value == Long.MIN_VALUE) {
            return raw(Long.toString(value).getBytes(StandardCharsets.US_ASCII));
        }
        ensure(20);
        if (value < 0) {
            buf[len++] = '-';
            value = -value;
        }
        int start = len;
        do {
            buf[len++] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value != 0);
        for (int i = start, j = len - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
        return this;
    }

    /**
     * An amount held in hundredths, as the carrier writes it: at least one decimal ({@code 20.0}, {@code 13.5},
     * {@code 13.25}, {@code -2.5}).
     */
    public JsonOut money(long hundredths) {
        if (hundredths < 0) {
            raw('-');
            hundredths = -hundredths;
        }
        number(hundredths / 100);
        long cents = hundredths % 100;
        raw('.');
        if (cents % 10 == 0) {
            return number(cents / 10);
        }
        if (cents < 10) {
            raw('0');
        }
        return number(cents);
    }

    /** The document written so far, as an array of its exact length. */
    public byte[] toBytes() {
        return Arrays.copyOf(buf, len);
    }

    /** Empties the buffer to write another document (kept if it grew a little, dropped if it grew a lot). */
    public JsonOut reset(int maxKept) {
        if (buf.length > maxKept) {
            buf = new byte[maxKept];
        }
        len = 0;
        return this;
    }

    private void escape(byte b) {
        ensure(6);
        buf[len++] = '\\';
        switch (b) {
            case '"' -> buf[len++] = '"';
            case '\\' -> buf[len++] = '\\';
            case '\n' -> buf[len++] = 'n';
            case '\r' -> buf[len++] = 'r';
            case '\t' -> buf[len++] = 't';
            case '\b' -> buf[len++] = 'b';
            case '\f' -> buf[len++] = 'f';
            default -> {
                buf[len++] = 'u';
                buf[len++] = '0';
                buf[len++] = '0';
                buf[len++] = HEX[(b >> 4) & 0xF];
                buf[len++] = HEX[b & 0xF];
            }
        }
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
