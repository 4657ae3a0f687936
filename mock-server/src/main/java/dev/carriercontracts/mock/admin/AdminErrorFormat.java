package dev.carriercontracts.mock.admin;

import dev.carriercontracts.mock.auth.AuthOutcome;
import dev.carriercontracts.mock.carrier.ErrorFormat;
import dev.carriercontracts.mock.carrier.ErrorResponse;
import dev.carriercontracts.mock.validation.Violation;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Admin API errors: {@code {"error": "<code>", "message": "<English>"}}. */
public final class AdminErrorFormat implements ErrorFormat {

    public static ErrorResponse error(int status, String code, String message) {
        return ErrorResponse.json(status, new AdminError(code, message));
    }

    @Override
    public ErrorResponse validation(List<Violation> violations) {
        return error(400, "invalid_request", violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    }

    @Override
    public ErrorResponse unauthorized(AuthOutcome.Rejected rejection) {
        return error(401, "unauthorized", rejection.detail());
    }

    @Override
    public ErrorResponse notFound(String detail) {
        return error(404, "not_found", detail);
    }

    @Override
    public ErrorResponse methodNotAllowed(String method, List<String> allowed) {
        return error(405, "method_not_allowed", method + " is not allowed here; use " + String.join(", ", allowed));
    }

    @Override
    public ErrorResponse payloadTooLarge(long limitBytes) {
        return error(413, "payload_too_large", "the body is larger than " + limitBytes + " bytes");
    }

    @Override
    public ErrorResponse rateLimited(Duration retryAfter) {
        return error(429, "rate_limited", "retry after " + retryAfter.toSeconds() + " s");
    }

    @Override
    public ErrorResponse injected(int status) {
        return error(status, "injected", "injected error " + status);
    }

    @Override
    public ErrorResponse serverError(String detail) {
        return error(500, "internal_error", detail);
    }
}
