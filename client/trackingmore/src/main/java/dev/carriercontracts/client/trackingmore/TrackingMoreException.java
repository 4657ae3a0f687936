package dev.carriercontracts.client.trackingmore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.carriercontracts.client.core.CarrierException;
import dev.carriercontracts.client.core.CarrierJson;
import feign.Request;
import feign.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * TrackingMore refused a call. Every TrackingMore answer is the envelope
 * {@code {"meta": {"code": 4017, "type": "Bad Request", "message": "Tracking does not exist."}, "data": []}}:
 * {@link #metaCode()} is TrackingMore's own code (also {@link #carrierCode()}, as text), the value to
 * branch on, since it does not always equal the HTTP {@link #status()}; {@link #metaType()} and
 * {@link #metaMessage()} are its class and explanation.
 *
 * <p>Raised for HTTP error statuses (4001/4002 with 401, 4012-4033 with 400, 4017 with 404, 429, 5xx)
 * and for HTTP 2xx answers whose {@code meta.code} is neither 200 nor 201 (e.g. 4031 "add the
 * number first", 4032, 202 "limit exceeded"). Per-item failures of the batch calls
 * ({@code data.errors}, e.g. 4016 "Tracking already exists.") are a partial success, not an
 * exception: they stay in the decoded result.
 */
public final class TrackingMoreException extends CarrierException {

    private static final int MAX_QUOTED_BODY = 200;

    private final int metaCode;
    private final String metaType;
    private final String metaMessage;

    private TrackingMoreException(int status, Integer code, String type, String message,
                                  Request request, byte[] body, Map<String, Collection<String>> headers) {
        super(status, code == null ? null : String.valueOf(code), message, request, body, headers);
        this.metaCode = code == null ? status : code;
        this.metaType = type;
        this.metaMessage = message;
    }

    /**
     * TrackingMore's {@code meta.code} (e.g. 4001, 4016, 4017, 4020, 429). When the body carried no
     * envelope (a proxy's HTML page, an empty body) it is the HTTP status, which is what
     * TrackingMore's own codes for transport-level failures (429, 500, 503) are too; then
     * {@link #carrierCode()} is empty.
     */
    public int metaCode() {
        return metaCode;
    }

    /** TrackingMore's class of the code ({@code meta.type}: "Unauthorized", "Bad Request", ...); empty if the body had none. */
    public Optional<String> metaType() {
        return Optional.ofNullable(metaType);
    }

    /**
     * TrackingMore's explanation ({@code meta.message}); without an envelope, the body's text when
     * it is short, otherwise {@code "HTTP <status>"}.
     */
    public String metaMessage() {
        return metaMessage;
    }

    /** The {@link dev.carriercontracts.client.core.ErrorBodyMapper} for HTTP error statuses. */
    static TrackingMoreException from(int status, Request request, byte[] body, Map<String, Collection<String>> headers) {
        JsonNode meta = parse(body).path("meta");
        Integer code = code(meta);
        String type = text(meta.get("type"));
        String message = text(meta.get("message"));
        if (message == null) {
            message = fallback(status, body);
        }
        return new TrackingMoreException(status, code, type, message, request, body, headers);
    }

    /**
     * The {@link dev.carriercontracts.client.core.EnvelopeInspector} for HTTP 2xx answers: a failure
     * when {@code meta.code} is there and is neither 200 nor 201. Only {@code meta} is looked at, so
     * the per-item {@code data.errors} of a batch never raise.
     */
    static Optional<CarrierException> failureIn(Response response, byte[] body, JsonNode json) {
        Integer code = code(json.path("meta"));
        if (code == null || code == 200 || code == 201) {
            return Optional.empty();
        }
        return Optional.of(from(response.status(), response.request(), body, response.headers()));
    }

    private static Integer code(JsonNode meta) {
        JsonNode code = meta.get("code");
        if (code == null) {
            return null;
        }
        if (code.isIntegralNumber() && code.canConvertToInt()) {
            return code.intValue();
        }
        if (code.isTextual()) {
            try {
                return Integer.valueOf(code.asText().strip());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode json = CarrierJson.newMapper().readTree(body);
            return json == null ? MissingNode.getInstance() : json;
        } catch (IOException notJson) {
            return MissingNode.getInstance();
        }
    }

    private static String fallback(int status, byte[] body) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8).strip();
        return text.isEmpty() || text.length() > MAX_QUOTED_BODY ? "HTTP " + status : text;
    }
}
