package dev.carriercontracts.mock.packagetracking;

import dev.carriercontracts.mock.auth.AuthOutcome;
import dev.carriercontracts.mock.carrier.ErrorFormat;
import dev.carriercontracts.mock.carrier.ErrorResponse;
import dev.carriercontracts.mock.validation.Violation;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every failure in the service's one envelope, {@code data} null, with the HTTP status of its code (spec
 * choice 4). Cases the spec has no code for answer with the nearest one: a wrong method is a
 * {@code PARAM_ERROR} (405), an injected 4xx status the spec does not list a {@code PARAM_ERROR} with that status.
 */
public final class PackageTrackingErrors implements ErrorFormat {

    public static ErrorResponse of(ResultCode code, String message) {
        return of(code.status(), code, message);
    }

    private static ErrorResponse of(int status, ResultCode code, String message) {
        return ErrorResponse.json(status, Envelope.error(code, message));
    }

    public static ErrorResponse paramError(String message) {
        return of(ResultCode.PARAM_ERROR, message);
    }

    /** The spec's not-found answer, worded as its example: {@code no tracking information for shunfeng SF0000000000}. */
    public static ErrorResponse unknownShipment(String expCode, String expNo) {
        return of(ResultCode.NOT_FOUND, "no tracking information for " + expCode + " " + expNo);
    }

    @Override
    public ErrorResponse validation(List<Violation> violations) {
        return paramError(violations.stream().map(PackageTrackingErrors::describe).collect(Collectors.joining("; ")));
    }

    /** {@code expNo is required}, as the spec's example words it; otherwise the field and what is wrong. */
    private static String describe(Violation violation) {
        String field = violation.name().startsWith("/") ? violation.name().substring(1) : violation.name();
        if (violation.where() == Violation.Where.BODY && violation.message().startsWith("required property")) {
            return field + " is required";
        }
        return field.isEmpty() ? violation.message() : field + ": " + violation.message();
    }

    @Override
    public ErrorResponse unauthorized(AuthOutcome.Rejected rejection) {
        return of(ResultCode.UNAUTHORIZED, switch (rejection.reason()) {
            case MISSING -> "missing api key: send it in the X-Api-Key header";
            case INVALID, EXPIRED -> "invalid api key";
        });
    }

    @Override
    public ErrorResponse notFound(String detail) {
        return of(ResultCode.NOT_FOUND, detail);
    }

    @Override
    public ErrorResponse methodNotAllowed(String method, List<String> allowed) {
        return of(405, ResultCode.PARAM_ERROR, "method " + method + " not allowed; use " + String.join(", ", allowed));
    }

    @Override
    public ErrorResponse payloadTooLarge(long limitBytes) {
        return of(ResultCode.PAYLOAD_TOO_LARGE, "request body too large (at most " + limitBytes + " bytes)");
    }

    @Override
    public ErrorResponse rateLimited(Duration retryAfter) {
        return of(ResultCode.RATE_LIMITED, "too many requests, retry later");
    }

    @Override
    public ErrorResponse injected(int status) {
        ResultCode code = switch (status) {
            case 401 -> ResultCode.UNAUTHORIZED;
            case 404 -> ResultCode.NOT_FOUND;
            case 413 -> ResultCode.PAYLOAD_TOO_LARGE;
            case 429 -> ResultCode.RATE_LIMITED;
            default -> status >= 500 ? ResultCode.SYSTEM_ERROR : ResultCode.PARAM_ERROR;
        };
        ErrorResponse answer = of(status, code, code == ResultCode.SYSTEM_ERROR ? "system error, retry later" : "injected error (HTTP " + status + ")");
        return code == ResultCode.RATE_LIMITED ? answer.withHeader("Retry-After", "1") : answer;
    }

    @Override
    public ErrorResponse serverError(String detail) {
        return of(ResultCode.SYSTEM_ERROR, "system error, retry later (" + detail + ")");
    }
}
