package dev.carriercontracts.mock.trackingmore.lifecycle;

import java.util.Locale;

/**
 * Which way a tracking goes, chosen once from its tracking number: a magic prefix (any case) lets
 * a test ask for each unhappy ending on purpose; every other number is delivered.
 */
public enum Scenario {
    NORMAL(null),
    NOTFOUND("NOTFOUND"),
    EXCEPTION("EXCEPTION"),
    UNDELIVERED("UNDELIVERED"),
    EXPIRED("EXPIRED");

    private final String prefix;

    Scenario(String prefix) {
        this.prefix = prefix;
    }

    /** The magic prefix of the tracking number, null for {@link #NORMAL}. */
    public String prefix() {
        return prefix;
    }

    public static Scenario of(String trackingNumber) {
        String upper = trackingNumber.toUpperCase(Locale.ROOT);
        for (Scenario scenario : values()) {
            if (scenario.prefix != null && upper.startsWith(scenario.prefix)) {
                return scenario;
            }
        }
        return NORMAL;
    }
}
