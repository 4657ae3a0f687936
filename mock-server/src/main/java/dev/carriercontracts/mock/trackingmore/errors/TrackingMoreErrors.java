package dev.carriercontracts.mock.trackingmore.errors;

import dev.carriercontracts.mock.auth.AuthOutcome;
import dev.carriercontracts.mock.carrier.ErrorFormat;
import dev.carriercontracts.mock.carrier.ErrorResponse;
import dev.carriercontracts.mock.trackingmore.wire.Envelope;
import dev.carriercontracts.mock.trackingmore.wire.Meta;
import dev.carriercontracts.mock.validation.Violation;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * TrackingMore's error answer for every failure: {@code {"meta": {code, type, message}, "data": []}}
 * with the HTTP status the spec gives the code.
 */
public final class TrackingMoreErrors implements ErrorFormat {

    private static final int MAX_VIOLATIONS_QUOTED = 5;

    /** The answer to a business refusal. */
    public ErrorResponse refusal(Refusal refusal) {
        return answer(refusal.code().httpStatus(), refusal.code(), refusal.message());
    }

    @Override
    public ErrorResponse validation(List<Violation> violations) {
        MetaCode code = ViolationCodes.codeFor(violations);
        String detail = violations.stream().limit(MAX_VIOLATIONS_QUOTED).map(Violation::toString).collect(Collectors.joining("; "));
        return refusal(Refusal.of(code, detail));
    }

    @Override
    public ErrorResponse unauthorized(AuthOutcome.Rejected rejection) {
        // a deleted key is refused as EXPIRED by TrackingMoreAuthenticator
        return refusal(Refusal.of(rejection.reason() == AuthOutcome.Reason.EXPIRED ? MetaCode.API_KEY_DELETED : MetaCode.INVALID_API_KEY));
    }

    @Override
    public ErrorResponse notFound(String detail) {
        return refusal(Refusal.of(MetaCode.NOT_FOUND, detail));
    }

    @Override
    public ErrorResponse methodNotAllowed(String method, List<String> allowed) {
        return refusal(Refusal.of(MetaCode.METHOD_NOT_ALLOWED, method + " is not allowed here; allowed: " + String.join(", ", allowed)));
    }

    @Override
    public ErrorResponse payloadTooLarge(long limitBytes) {
        return refusal(Refusal.of(MetaCode.PAYLOAD_TOO_LARGE, "at most " + limitBytes + " bytes"));
    }

    @Override
    public ErrorResponse rateLimited(Duration retryAfter) {
        return refusal(Refusal.of(MetaCode.TOO_MANY_REQUESTS));
    }

    @Override
    public ErrorResponse injected(int status) {
        return MetaCode.forHttpStatus(status)
                .map(code -> answer(status, code, code.message()))
                .orElseGet(() -> ErrorResponse.json(status, Envelope.error(new Meta(status, "Error", "Injected error (HTTP " + status + ")."))));
    }

    @Override
    public ErrorResponse serverError(String detail) {
        return refusal(Refusal.of(MetaCode.SERVER_ERROR, detail));
    }

    private static ErrorResponse answer(int status, MetaCode code, String message) {
        return ErrorResponse.json(status, Envelope.error(new Meta(code.code(), code.type(), message)));
    }
}
