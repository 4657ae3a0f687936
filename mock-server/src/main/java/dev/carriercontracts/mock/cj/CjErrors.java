package dev.carriercontracts.mock.cj;

import dev.carriercontracts.mock.auth.AuthOutcome;
import dev.carriercontracts.mock.carrier.ErrorFormat;
import dev.carriercontracts.mock.carrier.ErrorResponse;
import dev.carriercontracts.mock.validation.Violation;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CJ's way of failing: always its envelope with {@code result: false}, mostly on HTTP 200 (parameter, token and
 * lookup errors, as the seed shows), on HTTP 413/429/5XX where the spec chose those statuses.
 */
public final class CjErrors implements ErrorFormat {

    /** A business refusal ({@code 1602000}, {@code 1605000}...): HTTP 200, like every CJ business error. */
    public ErrorResponse refused(CjRefusal refusal) {
        return envelope(200, refusal.code(), refusal.message());
    }

    @Override
    public ErrorResponse validation(List<Violation> violations) {
        String detail = violations.stream().map(CjErrors::describe).collect(Collectors.joining("; "));
        return envelope(200, CjCode.PARAM_ERROR, CjCode.PARAM_ERROR.message(detail));
    }

    @Override
    public ErrorResponse unauthorized(AuthOutcome.Rejected rejection) {
        return switch (rejection.reason()) {
            case MISSING -> envelope(200, CjCode.MISSING_TOKEN, CjCode.MISSING_TOKEN.message());
            case EXPIRED -> envelope(200, CjCode.INVALID_TOKEN, "The access token has expired; get a new one with the refresh token. "
                    + "How to get access token: https://developers.cjdropshipping.cn/en/api/api2/api/auth.html");
            case INVALID -> envelope(200, CjCode.INVALID_TOKEN, CjCode.INVALID_TOKEN.message());
        };
    }

    @Override
    public ErrorResponse notFound(String detail) {
        return envelope(200, CjCode.INTERFACE_NOT_FOUND, CjCode.INTERFACE_NOT_FOUND.message(detail));
    }

    /** CJ documents nothing for a wrong method; 405 (with Allow, added by the platform) tells the client most. */
    @Override
    public ErrorResponse methodNotAllowed(String method, List<String> allowed) {
        return envelope(405, CjCode.INTERFACE_NOT_FOUND, CjCode.INTERFACE_NOT_FOUND.message(
                "request method " + method + " is not supported here; use " + String.join(", ", allowed)));
    }

    @Override
    public ErrorResponse payloadTooLarge(long limitBytes) {
        return envelope(413, CjCode.PARAM_ERROR, "Request body too large: at most " + limitBytes + " bytes");
    }

    @Override
    public ErrorResponse rateLimited(Duration retryAfter) {
        return envelope(429, CjCode.CALL_EXCEEDED_LIMIT, CjCode.CALL_EXCEEDED_LIMIT.message())
                .withHeader("Retry-After", Long.toString(Math.max(0, retryAfter.toSeconds())));
    }

    /** An injected status gets the code CJ would pair with it. */
    @Override
    public ErrorResponse injected(int status) {
        CjCode code;
        if (status == 429) {
            return rateLimited(Duration.ofSeconds(1));
        } else if (status >= 500) {
            code = CjCode.SYSTEM_BUSY;
        } else if (status == 401 || status == 403) {
            code = CjCode.INVALID_TOKEN;
        } else if (status == 404) {
            code = CjCode.INTERFACE_NOT_FOUND;
        } else {
            code = CjCode.PARAM_ERROR;
        }
        return envelope(status, code, code.message("injected fault (HTTP " + status + ")"));
    }

    @Override
    public ErrorResponse serverError(String detail) {
        return envelope(500, CjCode.SYSTEM_BUSY, CjCode.SYSTEM_BUSY.message(detail));
    }

    private static ErrorResponse envelope(int status, CjCode code, String message) {
        return ErrorResponse.json(status, CjEnvelope.failure(code, message));
    }

    private static String describe(Violation v) {
        String where = switch (v.where()) {
            case BODY -> v.name().isEmpty() ? "body" : v.name().substring(1).replace('/', '.');
            case QUERY, PATH, HEADER -> v.name();
        };
        return where + ": " + v.message();
    }
}
