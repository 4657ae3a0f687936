package dev.carriercontracts.client.core;

import feign.Request.HttpMethod;
import feign.RetryableException;
import feign.Retryer;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Retries idempotent calls on connection errors, 429 and 503, with exponential backoff (see
 * {@link RetryPolicy}). When it gives up, or for a non-idempotent call, the carrier's typed exception
 * is thrown if there is one, otherwise Feign's {@link RetryableException} (a connection error).
 */
final class IdempotentRetryer implements Retryer {

    private static final Set<HttpMethod> IDEMPOTENT =
            EnumSet.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.OPTIONS);

    private final RetryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;
    private int attempt = 1;

    IdempotentRetryer(RetryPolicy policy, Clock clock, Sleeper sleeper) {
        this.policy = policy;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public void continueOrPropagate(RetryableException e) {
        if (attempt >= policy.maxAttempts() || !IDEMPOTENT.contains(e.method())) {
            throw surfaced(e);
        }
        Duration wait = policy.backoffBefore(attempt);
        if (e.retryAfter() != null) {
            Duration asked = Duration.ofMillis(Math.max(0, e.retryAfter() - clock.millis()));
            wait = asked.compareTo(wait) > 0 ? asked : wait;
        }
        if (wait.compareTo(policy.maxBackoff()) > 0) {
            wait = policy.maxBackoff();
        }
        attempt++;
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw surfaced(e);
        }
    }

    private static RuntimeException surfaced(RetryableException e) {
        return e.getCause() instanceof CarrierException typed ? typed : e;
    }

    @Override
    public Retryer clone() {
        return new IdempotentRetryer(policy, clock, sleeper);
    }

    /** Waits between attempts; tests substitute one that records instead of sleeping. */
    @FunctionalInterface
    interface Sleeper {
        Sleeper REAL = wait -> Thread.sleep(wait.toMillis());

        void sleep(Duration wait) throws InterruptedException;
    }
}
