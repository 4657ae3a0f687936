package dev.carriercontracts.mock.trackingmore.config;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IATA air waybill number: a 3-digit airline prefix and an 8-digit serial whose last digit is
 * the first seven modulo 7 (e.g. {@code 172-28891936}; the dash is optional).
 */
public record AirWaybillNumber(String prefix, String serial) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{3})-?(\\d{8})");

    public static Optional<AirWaybillNumber> parse(String text) {
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String serial = m.group(2);
        long body = Long.parseLong(serial.substring(0, 7));
        int check = serial.charAt(7) - '0';
        return body % 7 == check ? Optional.of(new AirWaybillNumber(m.group(1), serial)) : Optional.empty();
    }

    @Override
    public String toString() {
        return prefix + "-" + serial;
    }
}
