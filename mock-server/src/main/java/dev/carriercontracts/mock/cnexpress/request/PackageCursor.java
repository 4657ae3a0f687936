package dev.carriercontracts.mock.cnexpress.request;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the packages of a {@link PackageBlob} one after the other, without allocating per package: the
 * texts stay in the blob and are read as (offset, length). One cursor per call; not thread-safe.
 */
public final class PackageCursor {

    private final byte[] blob;
    private int pos;
    private int index = -1;
    private int tins;
    private long length;
    private long width;
    private long height;
    private int city;
    private int itemCount;
    private int[] products = new int[4];
    private int[] counts = new int[4];
    private final int[] textAt = new int[PackageBlob.TEXTS];
    private final int[] textLength = new int[PackageBlob.TEXTS];

    public PackageCursor(byte[] blob) {
        this.blob = blob;
    }

    /** Moves to the next package; false when there is none. */
    public boolean next() {
        if (pos >= blob.length) {
            return false;
        }
        index++;
        tins = (int) varint();
        length = PackageBlob.unzigzag(varint());
        width = PackageBlob.unzigzag(varint());
        height = PackageBlob.unzigzag(varint());
        city = (int) varint();
        itemCount = (int) varint();
        if (products.length < itemCount) {
            products = Arrays.copyOf(products, itemCount);
            counts = Arrays.copyOf(counts, itemCount);
        }
        for (int i = 0; i < itemCount; i++) {
            products[i] = (int) varint();
            counts[i] = (int) varint();
        }
        for (int t = 0; t < PackageBlob.TEXTS; t++) {
            int n = (int) varint() - 1;
            textAt[t] = pos;
            textLength[t] = n;
            pos += Math.max(n, 0);
        }
        return true;
    }

    /** Moves to the package at {@code target} (0-based); false when there is no such package. */
    public boolean moveTo(int target) {
        while (index < target) {
            if (!next()) {
                return false;
            }
        }
        return index == target;
    }

    /** The position of the current package, 0-based. */
    public int index() {
        return index;
    }

    public int tins() {
        return tins;
    }

    public long length() {
        return length;
    }

    public long width() {
        return width;
    }

    public long height() {
        return height;
    }

    public int city() {
        return city;
    }

    public int itemCount() {
        return itemCount;
    }

    public int product(int item) {
        return products[item];
    }

    public int count(int item) {
        return counts[item];
    }

    public byte[] blob() {
        return blob;
    }

    /** Where a text of the current package starts in {@link #blob()}. */
    public int textAt(int field) {
        return textAt[field];
    }

    /** A text's length in bytes, or -1 when it is null. */
    public int textLength(int field) {
        return textLength[field];
    }

    public String text(int field) {
        int n = textLength[field];
        return n < 0 ? null : new String(blob, textAt[field], n, StandardCharsets.UTF_8);
    }

    private long varint() {
        long value = 0;
        int shift = 0;
        while (true) {
            byte b = blob[pos++];
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
            shift += 7;
        }
    }
}
