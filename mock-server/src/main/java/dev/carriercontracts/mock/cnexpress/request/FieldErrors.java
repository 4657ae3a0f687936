package dev.carriercontracts.mock.cnexpress.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why an order request was refused, the way the carrier (Django REST Framework) says it: reasons listed under
 * the name of the parameter at fault, each starting with the package's position (spec choice 10), e.g.
 * {@code {"receiver_city": ["Package 2: 火星市 is not a city returned by /cities."]}}.
 */
public final class FieldErrors {

    private final Map<String, List<String>> reasons = new LinkedHashMap<>();
    private int size;

    public FieldErrors add(String parameter, String reason) {
        reasons.computeIfAbsent(parameter, k -> new ArrayList<>(1)).add(reason);
        size++;
        return this;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** How many reasons, over all parameters. */
    public int size() {
        return size;
    }

    /** The error body: parameter name → reasons. */
    public Map<String, List<String>> asMap() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        reasons.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    @Override
    public String toString() {
        return reasons.toString();
    }
}
