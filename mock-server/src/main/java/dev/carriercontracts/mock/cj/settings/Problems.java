package dev.carriercontracts.mock.cj.settings;

import dev.carriercontracts.mock.config.ConfigProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects what is wrong with the CJ config, each problem with its JSON pointer. */
final class Problems {

    private final List<ConfigProblem> found = new ArrayList<>();

    void add(String pointer, String message) {
        found.add(new ConfigProblem(pointer, message));
    }

    /** @return false (and a problem) when the value is absent or blank */
    boolean present(String pointer, Object value) {
        boolean present = value != null && !(value instanceof String s && s.isBlank())
                && !(value instanceof Collection<?> c && c.isEmpty());
        if (!present) {
            add(pointer, "is required");
        }
        return present;
    }

    void atMost(String pointer, String value, int length) {
        if (value != null && value.length() > length) {
            add(pointer, "is longer than " + length + " characters (the spec's limit): '" + value + "'");
        }
    }

    void notNegative(String pointer, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            add(pointer, "must not be negative");
        }
    }

    void positive(String pointer, BigDecimal value) {
        if (present(pointer, value) && value.signum() <= 0) {
            add(pointer, "must be greater than 0");
        }
    }

    List<ConfigProblem> list() {
        return List.copyOf(found);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }
}
