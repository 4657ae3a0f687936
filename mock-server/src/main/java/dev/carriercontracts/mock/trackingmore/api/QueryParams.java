package dev.carriercontracts.mock.trackingmore.api;

import dev.carriercontracts.mock.carrier.CarrierCall;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the listing's query parameters. The spec validator has checked their types already; a
 * number too large for Java is still refused here (as 4012) rather than failing the call.
 */
final class QueryParams {

    /** A parameter that cannot be read, and why. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private final CarrierCall call;

    QueryParams(CarrierCall call) {
        this.call = call;
    }

    Long number(String name) throws Unreadable {
        String value = call.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new Unreadable("query " + name + ": not a number Java can hold: '" + value + "'");
        }
    }

    int number(String name, int fallback) throws Unreadable {
        Long value = number(name);
        if (value == null) {
            return fallback;
        }
        if (value > Integer.MAX_VALUE) {
            throw new Unreadable("query " + name + ": too large: " + value);
        }
        return value.intValue();
    }

    /** A comma-separated list, blanks dropped. */
    Set<String> list(String name) {
        String value = call.queryParam(name);
        if (value == null) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    /** "true" or "false"; anything else (or nothing) is null. */
    Boolean flag(String name) {
        String value = call.queryParam(name);
        return "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
    }

    String text(String name) {
        return call.queryParam(name);
    }
}
