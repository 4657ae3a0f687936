package dev.carriercontracts.client.core;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Transport settings shared by every carrier client: timeouts, retries and the clock used to
 * decide when cached access tokens expire. Immutable; start from {@link #defaults()}.
 *
 * <pre>{@code
 * ClientOptions options = ClientOptions.defaults()
 *         .withReadTimeout(Duration.ofSeconds(10))
 *         .withRetryPolicy(RetryPolicy.disabled());
 * }</pre>
 */
public final class ClientOptions {

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final RetryPolicy retryPolicy;
    private final Clock clock;

    private ClientOptions(Duration connectTimeout, Duration readTimeout, RetryPolicy retryPolicy, Clock clock) {
        this.connectTimeout = requirePositive(connectTimeout, "connectTimeout");
        this.readTimeout = requirePositive(readTimeout, "readTimeout");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Connect timeout 5 s, read timeout 30 s, {@link RetryPolicy#defaults()}, the system clock. */
    public static ClientOptions defaults() {
        return new ClientOptions(Duration.ofSeconds(5), Duration.ofSeconds(30), RetryPolicy.defaults(), Clock.systemUTC());
    }

    public ClientOptions withConnectTimeout(Duration timeout) {
        return new ClientOptions(timeout, readTimeout, retryPolicy, clock);
    }

    public ClientOptions withReadTimeout(Duration timeout) {
        return new ClientOptions(connectTimeout, timeout, retryPolicy, clock);
    }

    public ClientOptions withRetryPolicy(RetryPolicy policy) {
        return new ClientOptions(connectTimeout, readTimeout, policy, clock);
    }

    /** The clock that decides when a cached OAuth token is due for refresh (tests pass a fixed one). */
    public ClientOptions withClock(Clock clock) {
        return new ClientOptions(connectTimeout, readTimeout, retryPolicy, clock);
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    public Clock clock() {
        return clock;
    }

    private static Duration requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }
}
