package dev.carriercontracts.mock.trackingmore.listing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads the free-text {@code order_create_time} (spec choice 4: TrackingMore's examples send
 * {@code 2017/8/27 16:51}, {@code 2018-05-20 12:00} and Unix timestamps) as Unix seconds, for the
 * {@code order_created_time_*} filters. Times are taken as UTC; a text none of the forms reads
 * matches no such filter.
 */
final class OrderTimes {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy/M/d H:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy-M-d H:mm[:ss]"));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy-M-d"),
            DateTimeFormatter.ofPattern("yyyyMMdd"));

    private OrderTimes() {
    }

    static OptionalLong epochSeconds(String text) {
        if (text == null || text.isBlank()) {
            return OptionalLong.empty();
        }
        String t = text.trim();
        if (t.matches("\\d{9,11}")) {
            return OptionalLong.of(Long.parseLong(t));
        }
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return OptionalLong.of(LocalDateTime.parse(t, f).toEpochSecond(ZoneOffset.UTC));
            } catch (DateTimeParseException notThisOne) {
                // next form
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return OptionalLong.of(LocalDate.parse(t, f).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
            } catch (DateTimeParseException notThisOne) {
                // next form
            }
        }
        return OptionalLong.empty();
    }
}
