package dev.carriercontracts.mock.carrier;

import dev.carriercontracts.mock.auth.AuthOutcome;
import dev.carriercontracts.mock.validation.Violation;

import java.time.Duration;
import java.util.List;

/**
 * How a carrier answers every failure the platform detects, in its own status and body (CJ, for
 * one, answers parameter errors with HTTP 200 and code 1600100). The platform adds
 * {@code Retry-After} to {@link #rateLimited} and {@code Allow} to {@link #methodNotAllowed} when
 * the carrier's answer lacks them.
 */
public interface ErrorFormat {

    /** The request does not match the spec (never empty). */
    ErrorResponse validation(List<Violation> violations);

    /** Missing, wrong or expired credentials. */
    ErrorResponse unauthorized(AuthOutcome.Rejected rejection);

    /** No such path under the carrier's base path, or no such entity for this account. */
    ErrorResponse notFound(String detail);

    /** The path exists, but not with this method. */
    ErrorResponse methodNotAllowed(String method, List<String> allowed);

    /** The body is larger than the server's limit. */
    ErrorResponse payloadTooLarge(long limitBytes);

    /** Too many requests (an injected rate limit). */
    ErrorResponse rateLimited(Duration retryAfter);

    /** An injected error with this status. */
    ErrorResponse injected(int status);

    /** An unexpected failure of the mock itself (logged; the detail is safe to show). */
    ErrorResponse serverError(String detail);

    /**
     * The format of one operation's failures, for an API whose operations do not all answer in the
     * same shape (CDEK's token endpoint answers OAuth 2.0 errors, its order operations CDEK's own).
     * Asked once per route when the server starts; requests that match no route (unknown paths and
     * methods) are answered by this format itself.
     */
    default ErrorFormat forOperation(String operationId) {
        return this;
    }
}
