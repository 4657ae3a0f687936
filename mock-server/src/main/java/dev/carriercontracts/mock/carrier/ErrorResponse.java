package dev.carriercontracts.mock.carrier;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An error answer in a carrier's own format: status, headers and body. A body that is a
 * {@code byte[]} or a {@code String} is sent as is with {@code contentType}; anything else (a
 * record, a map, a Jackson tree) is written as JSON.
 */
public record ErrorResponse(int status, Map<String, String> headers, String contentType, Object body) {

    public ErrorResponse {
        Objects.requireNonNull(contentType, "contentType");
        headers = Map.copyOf(headers);
    }

    /** A JSON error body. */
    public static ErrorResponse json(int status, Object body) {
        return new ErrorResponse(status, Map.of(), "application/json", body);
    }

    /** A plain-text error body. */
    public static ErrorResponse text(int status, String body) {
        return new ErrorResponse(status, Map.of(), "text/plain; charset=utf-8", body);
    }

    public ErrorResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ErrorResponse(status, copy, contentType, body);
    }

    public boolean hasHeader(String name) {
        return headers.keySet().stream().anyMatch(name::equalsIgnoreCase);
    }
}
