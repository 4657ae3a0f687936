package dev.carriercontracts.client.core;

import java.time.Duration;
import java.util.Objects;

/**
 * How a client retries idempotent calls (GET, HEAD, PUT, DELETE, OPTIONS) that failed on a
 * connection error, a {@code 429 Too Many Requests} or a {@code 503 Service Unavailable}.
 * Non-idempotent calls (POST) are never retried: a create could otherwise run twice.
 *
 * <p>The wait before attempt <i>n</i> is {@code initialBackoff * 2^(n-1)}, capped at
 * {@code maxBackoff}; a {@code Retry-After} header from the carrier wins when it asks for longer
 * (still capped at {@code maxBackoff}).
 *
 * @param maxAttempts    total attempts including the first; 1 means no retry
 * @param initialBackoff wait before the first retry
 * @param maxBackoff     longest wait between two attempts
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("need 0 <= initialBackoff <= maxBackoff");
        }
    }

    /** Three attempts, 200 ms then 400 ms apart, never more than 5 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5));
    }

    /** One attempt: every failure surfaces at once. */
    public static RetryPolicy disabled() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    public boolean enabled() {
        return maxAttempts > 1;
    }

    /** The wait before retry number {@code retry} (1-based), before any Retry-After is applied. */
    Duration backoffBefore(int retry) {
        long millis = initialBackoff.toMillis() << Math.min(retry - 1, 20);
        return millis >= maxBackoff.toMillis() || millis < 0 ? maxBackoff : Duration.ofMillis(millis);
    }
}
