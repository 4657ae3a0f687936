package dev.carriercontracts.mock.cnexpress.request;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The packages of one request, encoded into one byte array: the store's memory is mostly this, so it holds
 * no field names, no JSON and no objects per package. Per package, in order: tins, length, width, height,
 * the receiver city's index, the items (product index, count), then the ten texts as UTF-8, each prefixed
 * with its length + 1 (0 for null). Numbers are variable-length integers (a byte for small ones).
 * {@link PackageCursor} reads it back.
 */
public final class PackageBlob {

    public static final int SENDER_NAME = 0;
    public static final int SENDER_PHONE_NUMBER = 1;
    public static final int SENDER_ADDRESS = 2;
    public static final int RECEIVER_NAME = 3;
    public static final int RECEIVER_PHONE_NUMBER = 4;
    public static final int RECEIVER_ADDRESS = 5;
    public static final int RECEIVER_POST_CODE = 6;
    public static final int RECEIVER_ID_NUMBER = 7;
    public static final int WEIGHT = 8;
    public static final int PACKAGE_NO = 9;
    public static final int TEXTS = 10;

    /** Writes the packages of one request, in order. */
    public static final class Writer {
        private byte[] buf = new byte[256];
        private int len;

        /** Starts a package; its {@code itemCount} items and then its {@link #TEXTS} texts follow. */
        public Writer startPackage(int tins, long length, long width, long height, int city, int itemCount) {
            varint(tins);
            varint(zigzag(length));
            varint(zigzag(width));
            varint(zigzag(height));
            varint(city);
            varint(itemCount);
            return this;
        }

        public Writer item(int product, int count) {
            varint(product);
            varint(count);
            return this;
        }

        /** The next text of the package, in the order of the field constants; null is kept as null. */
        public Writer text(String value) {
            if (value == null) {
                varint(0);
                return this;
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length + 1L);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, buf, len, utf8.length);
            len += utf8.length;
            return this;
        }

        public byte[] toBytes() {
            return Arrays.copyOf(buf, len);
        }

        private void varint(long value) {
            ensure(10);
            while ((value & ~0x7FL) != 0) {
                buf[len++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            buf[len++] = (byte) value;
        }

        private void ensure(int more) {
            if (len + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
            }
        }
    }

    private PackageBlob() {
    }

    static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    static long unzigzag(long value) {
        return (value >>> 1) ^ -(value & 1);
    }
}
