package dev.carriercontracts.mock.cj.tracking;

import java.util.Locale;

/**
 * How a parcel's journey ends, read from its tracking number (magic values): a number containing
 * {@code RETURN} comes back to the sender, one containing {@code EXCEPTION} fails at delivery, any other arrives.
 */
public enum Fate {
    ARRIVES(null),
    FAILS("EXCEPTION"),
    RETURNS("RETURN");

    private final String marker;

    Fate(String marker) {
        this.marker = marker;
    }

    /** The text a tracking number contains to get this fate (none for {@link #ARRIVES}). */
    public String marker() {
        return marker;
    }

    public static Fate of(String trackNumber) {
        String upper = trackNumber.toUpperCase(Locale.ROOT);
        if (upper.contains(RETURNS.marker)) {
            return RETURNS;
        }
        return upper.contains(FAILS.marker) ? FAILS : ARRIVES;
    }
}
