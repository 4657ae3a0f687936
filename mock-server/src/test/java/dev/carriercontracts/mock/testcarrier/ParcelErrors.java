package dev.carriercontracts.mock.testcarrier;

import dev.carriercontracts.mock.auth.AuthOutcome;
import dev.carriercontracts.mock.carrier.ErrorFormat;
import dev.carriercontracts.mock.carrier.ErrorResponse;
import dev.carriercontracts.mock.validation.Violation;

import java.time.Duration;
import java.util.List;

/** The test carrier's error format: {@code {"code", "message", "violations"}}. */
final class ParcelErrors implements ErrorFormat {

    record TestError(String code, String message, List<TestViolation> violations) {
    }

    record TestViolation(String where, String name, String message) {
    }

    static ErrorResponse error(int status, String code, String message) {
        return ErrorResponse.json(status, new TestError(code, message, null));
    }

    @Override
    public ErrorResponse validation(List<Violation> violations) {
        List<TestViolation> list = violations.stream()
                .map(v -> new TestViolation(v.where().name().toLowerCase(), v.name(), v.message()))
                .toList();
        return ErrorResponse.json(400, new TestError("INVALID_REQUEST", violations.size() + " problem(s)", list));
    }

    @Override
    public ErrorResponse unauthorized(AuthOutcome.Rejected rejection) {
        return error(401, "UNAUTHORIZED_" + rejection.reason(), rejection.detail())
                .withHeader("WWW-Authenticate", "Basic realm=\"parcels\"");
    }

    @Override
    public ErrorResponse notFound(String detail) {
        return error(404, "NOT_FOUND", detail);
    }

    @Override
    public ErrorResponse methodNotAllowed(String method, List<String> allowed) {
        return error(405, "METHOD_NOT_ALLOWED", method + " not allowed");
    }

    @Override
    public ErrorResponse payloadTooLarge(long limitBytes) {
        return error(413, "PAYLOAD_TOO_LARGE", "at most " + limitBytes + " bytes");
    }

    @Override
    public ErrorResponse rateLimited(Duration retryAfter) {
        return error(429, "RATE_LIMITED", "slow down");
    }

    @Override
    public ErrorResponse injected(int status) {
        return error(status, "INJECTED_" + status, "injected");
    }

    @Override
    public ErrorResponse serverError(String detail) {
        return error(500, "INTERNAL", detail);
    }
}
