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
 * {@link RetryPolicy}). Idempotent means an idempotent HTTP method, or a POST the carrier documents
 * as a pure query (e.g. a freight quote), named by its operation. When it gives up, or for a non-idempotent call, the carrier's typed exception
 * is thrown if there is one, otherwise Feign's {@link RetryableException} (a connection error).
 */
final class IdempotentRetryer implements Retryer {

    private static final Set<HttpMethod> IDEMPOTENT =
            EnumSet.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.OPTIONS);

    private final RetryPolicy policy;
    private final Set<String> safeOperations;
    private final Clock clock;
    private final Sleeper sleeper;
    private int attempt = 1;

    IdempotentRetryer(RetryPolicy policy, Set<String> safeOperations, Clock clock, Sleeper sleeper) {
        this.policy = policy;
        this.safeOperations = Set.copyOf(safeOperations);
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public void continueOrPropagate(RetryableException e) {
        if (attempt >= policy.maxAttempts() || !isIdempotent(e)) {
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

    private boolean isIdempotent(RetryableException e) {
        return IDEMPOTENT.contains(e.method()) || safeOperations.contains(operationName(configKey(e)));
    }

    /** The Feign method behind the call; connection errors carry it only on their request. */
    private static String configKey(RetryableException e) {
        if (e.methodKey() != null) {
            return e.methodKey();
        }
        if (e.request() != null && e.request().requestTemplate() != null
                && e.request().requestTemplate().methodMetadata() != null) {
            return e.request().requestTemplate().methodMetadata().configKey();
        }
        return null;
    }

    /** "PackageTrackingApi#queryTracking(QueryRequest)" -> "queryTracking". */
    private static String operationName(String methodKey) {
        if (methodKey == null) {
            return "";
        }
        int hash = methodKey.indexOf('#');
        int paren = methodKey.indexOf('(', hash + 1);
        return hash < 0 || paren < 0 ? methodKey : methodKey.substring(hash + 1, paren);
    }

    private static RuntimeException surfaced(RetryableException e) {
        return e.getCause() instanceof CarrierException typed ? typed : e;
    }

    @Override
    public Retryer clone() {
        return new IdempotentRetryer(policy, safeOperations, clock, sleeper);
    }

    /** Waits between attempts; tests substitute one that records instead of sleeping. */
    @FunctionalInterface
    interface Sleeper {
        Sleeper REAL = wait -> Thread.sleep(wait.toMillis());

        void sleep(Duration wait) throws InterruptedException;
    }
}
