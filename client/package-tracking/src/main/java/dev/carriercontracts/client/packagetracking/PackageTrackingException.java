package dev.carriercontracts.client.packagetracking;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.client.core.CarrierException;
import dev.carriercontracts.client.core.CarrierJson;
import dev.carriercontracts.client.packagetracking.model.ResultCode;
import feign.Request;
import feign.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The package-tracking service refused a query. Every answer has the envelope
 * {@code {"code": "...", "message": "...", "data": null}}: {@link #carrierCode()} is the envelope's
 * code exactly as sent (e.g. {@code PARAM_ERROR}, {@code UNAUTHORIZED}, {@code NOT_FOUND},
 * {@code RATE_LIMITED}, or a code the spec does not list), {@link #resultCode()} the same code as the
 * generated enum, {@link #carrierMessage()} the envelope's message and {@link #status()} the HTTP
 * status. A body that is empty or not the envelope (e.g. a proxy's HTML page) gives an empty code and
 * the body's text, or {@code HTTP <status>}, as the message.
 *
 * <p>Raised for HTTP error statuses and also for HTTP 2xx answers whose {@code code} is not
 * {@code SUCCESS} (the spec sends errors with their HTTP status, but a provider that answers 200
 * with an error code must not pass for a result).
 */
public final class PackageTrackingException extends CarrierException {

    private static final String SUCCESS = ResultCode.SUCCESS.getValue();

    private PackageTrackingException(int status, String code, String message,
                                     Request request, byte[] body, Map<String, Collection<String>> headers) {
        super(status, code, message, request, body, headers);
    }

    /**
     * The envelope's {@code code} as the generated enum; {@link ResultCode#UNKNOWN_DEFAULT_OPEN_API}
     * for a code the spec does not list or a body without one.
     */
    public ResultCode resultCode() {
        return carrierCode().map(ResultCode::fromValue).orElse(ResultCode.UNKNOWN_DEFAULT_OPEN_API);
    }

    /** An HTTP error answer (see {@link dev.carriercontracts.client.core.ErrorBodyMapper}). */
    static PackageTrackingException from(int status, Request request, byte[] body, Map<String, Collection<String>> headers) {
        JsonNode json = parse(body);
        String code = text(json, "code");
        String message = text(json, "message");
        if (message == null) {
            message = code != null ? code : fallback(status, body);
        }
        return new PackageTrackingException(status, code, message, request, body, headers);
    }

    /** A 2xx answer whose envelope reports a failure (see {@link dev.carriercontracts.client.core.EnvelopeInspector}). */
    static Optional<CarrierException> fromEnvelope(Response response, byte[] body, JsonNode json) {
        String code = text(json, "code");
        if (SUCCESS.equals(code)) {
            return Optional.empty();
        }
        String message = text(json, "message");
        if (message == null) {
            message = code == null ? "answer without a result code" : code;
        }
        return Optional.of(new PackageTrackingException(response.status(), code, message,
                response.request(), body, response.headers()));
    }

    private static String text(JsonNode json, String field) {
        if (json == null || !json.isObject()) {
            return null;
        }
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
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
}
