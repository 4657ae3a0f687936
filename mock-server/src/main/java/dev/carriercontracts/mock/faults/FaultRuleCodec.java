package dev.carriercontracts.mock.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.carriercontracts.mock.Carrier;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Fault rules as JSON, the same in the config file and the admin API:
 * {@code {"carrier": "cnexpress", "operationId": "createRequest", "type": "error", "status": 503,
 * "probability": 1.0, "times": 2}}. Types: {@code latency} (with {@code delay}, or {@code minDelay}
 * and {@code maxDelay}, ISO-8601 durations), {@code error} ({@code status}), {@code drop},
 * {@code rate-limit} ({@code retryAfter}, ISO-8601, default PT1S).
 */
public final class FaultRuleCodec {

    private FaultRuleCodec() {
    }

    /**
     * Reads a rule.
     *
     * @param impliedCarrier the carrier of the config section the rule sits in ({@code null} in the admin API)
     * @throws IllegalArgumentException naming the field at fault
     */
    public static FaultRule read(JsonNode node, Carrier impliedCarrier) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("a fault rule must be an object");
        }
        Carrier carrier = impliedCarrier;
        if (node.hasNonNull("carrier")) {
            String id = node.get("carrier").asText();
            carrier = Carrier.byId(id).orElseThrow(() -> new IllegalArgumentException("carrier: unknown carrier '" + id + "'"));
        }
        String operationId = node.hasNonNull("operationId") ? node.get("operationId").asText() : null;
        double probability = node.path("probability").asDouble(1.0);
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability: must be between 0 and 1, got " + node.path("probability"));
        }
        Integer times = node.hasNonNull("times") ? node.get("times").asInt() : null;
        if (times != null && times < 1) {
            throw new IllegalArgumentException("times: must be at least 1, got " + times);
        }
        return new FaultRule(null, carrier, operationId, fault(node), probability, times);
    }

    private static Fault fault(JsonNode node) {
        String type = node.path("type").asText("");
        switch (type) {
            case "latency":
                if (node.hasNonNull("delay")) {
                    return Fault.Latency.fixed(duration(node, "delay"));
                }
                Duration min = duration(node, "minDelay");
                Duration max = duration(node, "maxDelay");
                if (min.isNegative() || max.compareTo(min) < 0) {
                    throw new IllegalArgumentException("maxDelay: must not be less than minDelay (" + min + ")");
                }
                return new Fault.Latency(min, max);
            case "error":
                if (!node.path("status").canConvertToInt()) {
                    throw new IllegalArgumentException("status: an error fault needs an HTTP status");
                }
                int status = node.get("status").asInt();
                if (status < 400 || status > 599) {
                    throw new IllegalArgumentException("status: must be a 4xx or 5xx status, got " + status);
                }
                return new Fault.ErrorStatus(status);
            case "drop":
                return new Fault.DropConnection();
            case "rate-limit":
                return new Fault.RateLimit(node.hasNonNull("retryAfter") ? duration(node, "retryAfter") : Duration.ofSeconds(1));
            default:
                throw new IllegalArgumentException("type: must be one of latency, error, drop, rate-limit; got '" + type + "'");
        }
    }

    private static Duration duration(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(field + ": required (an ISO-8601 duration such as PT2S)");
        }
        Duration duration;
        try {
            duration = Duration.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": not an ISO-8601 duration: '" + value.asText() + "'");
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException(field + ": must not be negative");
        }
        return duration;
    }

    /** Writes a rule as it stands (with its id and remaining count). */
    public static ObjectNode write(FaultInjector.ActiveFault active) {
        FaultRule rule = active.rule();
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", rule.id());
        if (rule.carrier() != null) {
            node.put("carrier", rule.carrier().id());
        }
        if (rule.operationId() != null) {
            node.put("operationId", rule.operationId());
        }
        node.put("type", rule.fault().type());
        if (rule.fault() instanceof Fault.Latency latency) {
            node.put("minDelay", latency.min().toString());
            node.put("maxDelay", latency.max().toString());
        } else if (rule.fault() instanceof Fault.ErrorStatus error) {
            node.put("status", error.status());
        } else if (rule.fault() instanceof Fault.RateLimit rateLimit) {
            node.put("retryAfter", rateLimit.retryAfter().toString());
        }
        node.put("probability", rule.probability());
        if (rule.times() != null) {
            node.put("times", rule.times());
            node.put("remaining", active.remaining());
        }
        return node;
    }
}
