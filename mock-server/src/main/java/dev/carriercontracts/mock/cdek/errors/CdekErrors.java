package dev.carriercontracts.mock.cdek.errors;

import dev.carriercontracts.mock.auth.AuthOutcome;
import dev.carriercontracts.mock.cdek.CdekError;
import dev.carriercontracts.mock.cdek.CdekTime;
import dev.carriercontracts.mock.carrier.ErrorFormat;
import dev.carriercontracts.mock.carrier.ErrorResponse;
import dev.carriercontracts.mock.cdek.wire.ErrorBody;
import dev.carriercontracts.mock.cdek.wire.RequestBody;
import dev.carriercontracts.mock.validation.Violation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * CDEK's error answer, {@code {"requests": [{"type", "date_time", "state": "INVALID", "errors":
 * [{"code", "message"}]}]}}, with the request type of the operation that failed ({@code CREATE} for
 * {@code createOrder}, {@code GET} for {@code getOrder} and unknown paths, {@code AUTH} for a refused
 * token). The token endpoint answers OAuth 2.0 errors instead ({@link #forOperation}).
 */
public final class CdekErrors implements ErrorFormat {

    private final Clock clock;
    private final CdekTime time;
    private final String requestType;
    /** The API's own format (GET), which knows the others; null on the root itself. */
    private final CdekErrors root;
    private final CdekErrors create;
    private final ErrorFormat token;

    /** The format of the whole API; {@link #forOperation} gives each operation's. */
    public CdekErrors(Clock clock, CdekTime time, ErrorFormat tokenErrors) {
        this.clock = clock;
        this.time = time;
        this.requestType = "GET";
        this.root = null;
        this.token = tokenErrors;
        this.create = new CdekErrors(this, "CREATE");
    }

    private CdekErrors(CdekErrors root, String requestType) {
        this.clock = root.clock;
        this.time = root.time;
        this.requestType = requestType;
        this.root = root;
        this.create = null;
        this.token = null;
    }

    @Override
    public ErrorFormat forOperation(String operationId) {
        CdekErrors api = root == null ? this : root;
        return switch (operationId) {
            case "getToken" -> api.token;
            case "createOrder" -> api.create;
            default -> api;
        };
    }

    /** The format of {@code createOrder} (request type CREATE). */
    public CdekErrors creating() {
        return (root == null ? this : root).create;
    }

    /** An error answer of this operation's request type. */
    public ErrorResponse error(int status, CdekError... errors) {
        return error(status, requestType, List.of(errors));
    }

    private ErrorResponse error(int status, String type, List<CdekError> errors) {
        return ErrorResponse.json(status, new ErrorBody(List.of(RequestBody.refused(type, time.dateTime(clock.instant()), errors))));
    }

    @Override
    public ErrorResponse validation(List<Violation> violations) {
        return error(400, requestType, violations.stream().map(ViolationCodes::of).toList());
    }

    @Override
    public ErrorResponse unauthorized(AuthOutcome.Rejected rejection) {
        String message = switch (rejection.reason()) {
            case MISSING -> "Token is missing: " + rejection.detail();
            case EXPIRED -> "Token is expired";
            case INVALID -> "Token is invalid";
        };
        return error(401, "AUTH", List.of(new CdekError("v2_token_expired", message)));
    }

    @Override
    public ErrorResponse notFound(String detail) {
        return error(404, new CdekError("v2_entity_not_found", detail));
    }

    @Override
    public ErrorResponse methodNotAllowed(String method, List<String> allowed) {
        return error(405, new CdekError("v2_bad_request", "Method " + method + " is not allowed here; use " + String.join(", ", allowed)));
    }

    @Override
    public ErrorResponse payloadTooLarge(long limitBytes) {
        return error(413, new CdekError("v2_bad_request", "Request body too large (at most " + limitBytes + " bytes)"));
    }

    @Override
    public ErrorResponse rateLimited(Duration retryAfter) {
        return error(429, new CdekError("v2_too_many_requests", "Too many requests, retry later"));
    }

    @Override
    public ErrorResponse injected(int status) {
        CdekError error = switch (status) {
            case 400 -> new CdekError("v2_bad_request", "Bad request");
            case 401 -> new CdekError("v2_token_expired", "Token is expired or invalid");
            case 403 -> new CdekError("v2_entity_forbidden", "Entity is forbidden");
            case 404 -> new CdekError("v2_entity_not_found", "Entity is not found");
            case 429 -> new CdekError("v2_too_many_requests", "Too many requests, retry later");
            default -> status >= 500 ? new CdekError("v2_internal_error", "Internal error")
                    : new CdekError("v2_bad_request", "Request refused (HTTP " + status + ")");
        };
        return error(status, status == 401 ? "AUTH" : requestType, List.of(error));
    }

    @Override
    public ErrorResponse serverError(String detail) {
        return error(500, new CdekError("v2_internal_error", "Internal error: " + detail));
    }
}
