package dev.carriercontracts.client.cdek;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carriercontracts.client.cdek.model.ErrorResponse;
import dev.carriercontracts.client.cdek.model.Request;
import dev.carriercontracts.client.cdek.model.RequestError;
import dev.carriercontracts.client.core.CarrierException;
import dev.carriercontracts.client.core.CarrierJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CDEK refused a call. CDEK answers in one of two shapes:
 * <ul>
 *   <li>the API's own, {@code {"requests": [{"type": "CREATE", "state": "INVALID", "errors": [{"code", "message"}]}]}}:
 *       {@link #requests()} are the refused requests, {@link #errors()} all their errors in order, and
 *       {@link #carrierCode()} is the first error's code (e.g. {@code v2_entity_not_found});</li>
 *   <li>the token endpoint's OAuth 2.0 shape, {@code {"error": "invalid_client", "error_description": "..."}}:
 *       {@link #oauthError()} and {@link #oauthErrorDescription()}, and {@link #carrierCode()} is the
 *       {@code error}.</li>
 * </ul>
 * CDEK reports every failure with an HTTP error status; an order whose registration failed later
 * (its CREATE request {@code INVALID} in {@code getOrder}) is data, not an exception.
 */
public final class CdekException extends CarrierException {

    /** The code CDEK sends with HTTP 401 when the bearer token is missing, malformed or expired. */
    public static final String TOKEN_EXPIRED = "v2_token_expired";
    /** The RFC 6750 error an OAuth 2.0 resource server sends for a rejected bearer token. */
    private static final String INVALID_TOKEN = "invalid_token";

    private static final ObjectMapper JSON = CarrierJson.newMapper();

    private final List<Request> requests;
    private final List<RequestError> errors;
    private final String oauthError;
    private final String oauthErrorDescription;

    private CdekException(int status, String code, String message, List<Request> requests, List<RequestError> errors,
                          String oauthError, String oauthErrorDescription,
                          feign.Request request, byte[] body, Map<String, Collection<String>> headers) {
        super(status, code, message, request, body, headers);
        this.requests = requests;
        this.errors = errors;
        this.oauthError = oauthError;
        this.oauthErrorDescription = oauthErrorDescription;
    }

    /** The refused requests of a {@code {requests: [...]}} answer (usually one, state INVALID); empty for other shapes. */
    public List<Request> requests() {
        return requests;
    }

    /** Every error of every refused request, in CDEK's order; empty for other shapes. */
    public List<RequestError> errors() {
        return errors;
    }

    /** The codes of {@link #errors()}, in order. */
    public List<String> errorCodes() {
        return errors.stream().map(RequestError::getCode).filter(Objects::nonNull).toList();
    }

    /** The token endpoint's OAuth 2.0 {@code error} (e.g. {@code invalid_client}), as sent; empty for other shapes. */
    public Optional<String> oauthError() {
        return Optional.ofNullable(oauthError);
    }

    /** The token endpoint's {@code error_description}, as sent. */
    public Optional<String> oauthErrorDescription() {
        return Optional.ofNullable(oauthErrorDescription);
    }

    /**
     * Whether CDEK refused the bearer token itself (HTTP 401 with {@value #TOKEN_EXPIRED}, or the
     * OAuth {@code invalid_token}): the same call may succeed with a new token.
     */
    public boolean tokenRejected() {
        return status() == 401 && (errorCodes().contains(TOKEN_EXPIRED) || INVALID_TOKEN.equals(oauthError));
    }

    static CdekException from(int status, feign.Request request, byte[] body, Map<String, Collection<String>> headers) {
        JsonNode json = parse(body);
        if (json != null && json.has("requests")) {
            List<Request> requests = requestsOf(json);
            List<RequestError> errors = requests.stream()
                    .flatMap(r -> r.getErrors() == null ? Stream.empty() : r.getErrors().stream())
                    .filter(Objects::nonNull)
                    .toList();
            String code = errors.isEmpty() ? null : errors.get(0).getCode();
            String message = errors.isEmpty()
                    ? fallback(status, body)
                    : errors.stream().map(RequestError::getMessage).filter(Objects::nonNull).collect(Collectors.joining("; "));
            return new CdekException(status, code, message, requests, errors, null, null, request, body, headers);
        }
        if (json != null && json.hasNonNull("error")) {
            String error = json.get("error").asText();
            String description = json.hasNonNull("error_description") ? json.get("error_description").asText() : null;
            return new CdekException(status, error, description == null ? error : description, List.of(), List.of(),
                    error, description, request, body, headers);
        }
        return new CdekException(status, null, fallback(status, body), List.of(), List.of(), null, null,
                request, body, headers);
    }

    private static List<Request> requestsOf(JsonNode json) {
        try {
            List<Request> requests = JSON.treeToValue(json, ErrorResponse.class).getRequests();
            return requests == null ? List.of() : requests.stream().filter(Objects::nonNull).toList();
        } catch (IOException | IllegalArgumentException unexpectedShape) {
            return List.of();
        }
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            JsonNode json = JSON.readTree(body);
            return json != null && json.isObject() ? json : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String fallback(int status, byte[] body) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8).strip();
        return text.isEmpty() || text.length() > 200 ? "HTTP " + status : text;
    }
}
