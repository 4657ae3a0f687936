package dev.carriercontracts.mock.cdek;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * CDEK's timestamps: {@code yyyy-MM-dd'T'HH:mm:ssZ}, the offset without a colon ({@code +0700}),
 * in the zone the config names (spec choice 8).
 */
public final class CdekTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private final ZoneId zone;

    public CdekTime(ZoneId zone) {
        this.zone = zone;
    }

    public String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    public LocalDate date(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
