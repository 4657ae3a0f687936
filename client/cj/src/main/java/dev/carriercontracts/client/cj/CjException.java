package dev.carriercontracts.client.cj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.client.core.CarrierException;
import dev.carriercontracts.client.core.CarrierJson;
import feign.Request;
import feign.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * CJ refused a call. CJ answers every error in its envelope
 * {@code {"code": 1600100, "result": false, "message": "Param error", "data": null, "requestId": "..."}},
 * mostly with HTTP 200 (parameter, token and lookup errors), sometimes with an HTTP error status
 * (429 for {@code 1600200}/{@code 1600201}, 413 for an oversized body, 5XX for {@code 1600000}).
 * Both kinds raise this exception: {@link #status()} tells them apart, {@link #code()} is CJ's code
 * (branch on it, never on the message, which CJ rewords), {@link #requestId()} is what CJ support asks for.
 *
 * <pre>{@code
 * catch (CjException e) {
 *     if (e.code().orElse(0) == CjException.INVALID_TOKEN) { ...renew the access token... }
 * }
 * }</pre>
 */
public final class CjException extends CarrierException {

    /** {@code 200}: the envelope's code for success. */
    public static final int SUCCESS = 200;
    /** {@code 1600000}: system busy; retry later, no more than 3 times. */
    public static final int SYSTEM_BUSY = 1600000;
    /** {@code 1600001}: the access token is invalid or expired. */
    public static final int INVALID_TOKEN = 1600001;
    /** {@code 1600002}: no access token was sent. */
    public static final int MISSING_TOKEN = 1600002;
    /** {@code 1600100}: a parameter is missing or invalid (also: body too large, or an interface taken offline). */
    public static final int PARAM_ERROR = 1600100;
    /** {@code 1600200}: too many calls per second. */
    public static final int CALL_EXCEEDED_LIMIT = 1600200;
    /** {@code 1600201}: the daily quota of the interface is used up. */
    public static final int QUOTA_USED_UP = 1600201;

    private static final int READABLE_BODY_LIMIT = 200;

    private final Integer code;
    private final Boolean result;
    private final String requestId;

    private CjException(int status, Envelope envelope, Request request, byte[] body,
                        Map<String, Collection<String>> headers) {
        super(status, envelope.rawCode, envelope.message, request, body, headers);
        this.code = envelope.code;
        this.result = envelope.result;
        this.requestId = envelope.requestId;
    }

    /** CJ's error code (e.g. {@code 1600100}); empty when the answer had no numeric {@code code} (e.g. a proxy's HTML page). */
    public OptionalInt code() {
        return code == null ? OptionalInt.empty() : OptionalInt.of(code);
    }

    /** The envelope's {@code result} flag as CJ sent it ({@code false} on every CJ error); empty if the answer had none. */
    public Optional<Boolean> result() {
        return Optional.ofNullable(result);
    }

    /** CJ's id of the failed request, to quote when asking CJ about it; empty if the answer had none. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** How long CJ asked to wait ({@code Retry-After} in seconds, sent with 429); empty if it did not say. */
    public Optional<Duration> retryAfter() {
        Collection<String> values = responseHeaders().get("Retry-After");
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(values.iterator().next().trim());
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }

    @Override
    public String getMessage() {
        return requestId == null ? super.getMessage() : super.getMessage() + " (requestId " + requestId + ")";
    }

    /** An HTTP error status (413, 429, 5XX...), whatever its body. */
    static CjException fromHttpError(int status, Request request, byte[] body, Map<String, Collection<String>> headers) {
        return new CjException(status, Envelope.read(status, body, parse(body)), request, body, headers);
    }

    /**
     * A 2xx answer whose envelope reports a failure: {@code result} is {@code false}, or {@code code} is not
     * {@code 200} (CJ says to trust the code). Anything else, including JSON without an envelope, passes.
     */
    static Optional<CarrierException> fromEnvelope(Response response, byte[] body, JsonNode json) {
        if (json == null || !json.isObject()) {
            return Optional.empty();
        }
        Envelope envelope = Envelope.read(response.status(), body, json);
        boolean failed = Boolean.FALSE.equals(envelope.result)
                || (envelope.code != null && envelope.code != SUCCESS);
        return failed
                ? Optional.of(new CjException(response.status(), envelope, response.request(), body, response.headers()))
                : Optional.empty();
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

    /** The envelope's fields as far as the answer had them, with a readable message in every case. */
    private record Envelope(Integer code, String rawCode, Boolean result, String message, String requestId) {

        static Envelope read(int status, byte[] body, JsonNode json) {
            JsonNode object = json != null && json.isObject() ? json : null;
            JsonNode codeNode = object == null ? null : object.get("code");
            String rawCode = codeNode == null || codeNode.isNull() ? null : codeNode.asText();
            JsonNode resultNode = object == null ? null : object.get("result");
            Boolean result = resultNode != null && resultNode.isBoolean() ? resultNode.booleanValue() : null;
            String message = text(object, "message");
            return new Envelope(asInt(codeNode), rawCode, result,
                    message != null ? message : fallbackMessage(status, body), text(object, "requestId"));
        }

        private static Integer asInt(JsonNode node) {
            if (node == null) {
                return null;
            }
            if (node.isIntegralNumber() && node.canConvertToInt()) {
                return node.intValue();
            }
            if (node.isTextual()) {
                try {
                    return Integer.valueOf(node.textValue().trim());
                } catch (NumberFormatException notANumber) {
                    return null;
                }
            }
            return null;
        }

        private static String text(JsonNode object, String field) {
            JsonNode node = object == null ? null : object.get(field);
            return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
        }

        private static String fallbackMessage(int status, byte[] body) {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                return "HTTP " + status + " with an empty body";
            }
            return text.length() <= READABLE_BODY_LIMIT ? text : text.substring(0, READABLE_BODY_LIMIT) + "...";
        }
    }
}
