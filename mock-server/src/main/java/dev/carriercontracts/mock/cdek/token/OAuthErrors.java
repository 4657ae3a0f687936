package dev.carriercontracts.mock.cdek.token;

import dev.carriercontracts.mock.auth.AuthOutcome;
import dev.carriercontracts.mock.carrier.ErrorFormat;
import dev.carriercontracts.mock.carrier.ErrorResponse;
import dev.carriercontracts.mock.cdek.wire.OAuthErrorBody;
import dev.carriercontracts.mock.validation.Violation;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** The token endpoint's errors, in the OAuth 2.0 shape {@code {"error", "error_description"}} (RFC 6749 §5.2). */
public final class OAuthErrors implements ErrorFormat {

    static ErrorResponse error(int status, String error, String description) {
        return ErrorResponse.json(status, new OAuthErrorBody(error, description));
    }

    static ErrorResponse invalidRequest(String description) {
        return error(400, "invalid_request", description);
    }

    @Override
    public ErrorResponse validation(List<Violation> violations) {
        // the query's grant_type is typed by the spec: another value is refused before the handler sees it
        boolean grantType = violations.stream().anyMatch(v -> v.where() == Violation.Where.QUERY && v.name().equals("grant_type")
                && v.message().contains("enum"));
        String description = violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
        return grantType ? error(400, "unsupported_grant_type", "Unsupported grant type (" + description + ")") : invalidRequest(description);
    }

    @Override
    public ErrorResponse unauthorized(AuthOutcome.Rejected rejection) {
        return error(401, "invalid_client", "Bad client credentials");
    }

    @Override
    public ErrorResponse notFound(String detail) {
        return invalidRequest(detail);
    }

    @Override
    public ErrorResponse methodNotAllowed(String method, List<String> allowed) {
        return invalidRequest("Method " + method + " is not allowed; use " + String.join(", ", allowed));
    }

    @Override
    public ErrorResponse payloadTooLarge(long limitBytes) {
        return error(413, "invalid_request", "Request body too large (at most " + limitBytes + " bytes)");
    }

    @Override
    public ErrorResponse rateLimited(Duration retryAfter) {
        return error(429, "temporarily_unavailable", "Too many requests, retry later");
    }

    @Override
    public ErrorResponse injected(int status) {
        if (status == 401) {
            return error(401, "invalid_client", "Bad client credentials");
        }
        if (status == 429 || status == 503) {
            return error(status, "temporarily_unavailable", "Temporarily unavailable, retry later");
        }
        return status >= 500 ? error(status, "server_error", "Internal error") : error(status, "invalid_request", "Request refused (HTTP " + status + ")");
    }

    @Override
    public ErrorResponse serverError(String detail) {
        return error(500, "server_error", "Internal error: " + detail);
    }
}
