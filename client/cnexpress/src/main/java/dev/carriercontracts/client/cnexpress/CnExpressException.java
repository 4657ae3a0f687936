package dev.carriercontracts.client.cnexpress;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.client.core.CarrierException;
import dev.carriercontracts.client.core.CarrierJson;
import feign.Request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CNExpress refused a call. Its error body is {@code {"detail": "...", "<parameter>": ["reason", ...]}}:
 * {@link #detail()} is the general message, {@link #fieldErrors()} the reasons per request parameter
 * (e.g. {@code receiver_city -> ["城市不支持: 香港"]}). CNExpress has no error codes of its own, so
 * {@link #carrierCode()} is empty.
 */
public final class CnExpressException extends CarrierException {

    private final String detail;
    private final Map<String, List<String>> fieldErrors;

    private CnExpressException(int status, String detail, Map<String, List<String>> fieldErrors,
                               Request request, byte[] body, Map<String, Collection<String>> headers) {
        super(status, null, summary(detail, fieldErrors), request, body, headers);
        this.detail = detail;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** The {@code detail} of the error body, or the HTTP reason if the body had none. */
    public String detail() {
        return detail;
    }

    /** Reasons per request parameter, in the order CNExpress sent them; empty if none. */
    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }

    static CnExpressException from(int status, Request request, byte[] body, Map<String, Collection<String>> headers) {
        String detail = null;
        Map<String, List<String>> fields = new LinkedHashMap<>();
        JsonNode json = parse(body);
        if (json != null && json.isObject()) {
            var entries = json.fields();
            while (entries.hasNext()) {
                var entry = entries.next();
                if (entry.getKey().equals("detail")) {
                    detail = entry.getValue().asText();
                } else {
                    fields.put(entry.getKey(), reasons(entry.getValue()));
                }
            }
        }
        if (detail == null) {
            detail = fields.isEmpty() ? fallback(status, body) : "Invalid request.";
        }
        return new CnExpressException(status, detail, fields, request, body, headers);
    }

    private static List<String> reasons(JsonNode value) {
        if (value.isArray()) {
            java.util.ArrayList<String> out = new java.util.ArrayList<>();
            value.forEach(item -> out.add(item.isTextual() ? item.asText() : item.toString()));
            return List.copyOf(out);
        }
        return List.of(value.isTextual() ? value.asText() : value.toString());
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return CarrierJson.newMapper().readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String fallback(int status, byte[] body) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8).strip();
        return text.isEmpty() || text.length() > 200 ? "HTTP " + status : text;
    }

    private static String summary(String detail, Map<String, List<String>> fields) {
        return fields.isEmpty() ? detail : detail + " " + fields;
    }
}
