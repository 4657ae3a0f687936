package dev.carriercontracts.client.core;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Holds one OAuth2 access token and fetches a new one only when the current one is missing or
 * within {@code refreshMargin} of its expiry. Thread-safe: concurrent callers share one fetch.
 */
public final class AccessTokenCache {

    private final Supplier<AccessToken> fetcher;
    private final Clock clock;
    private final Duration refreshMargin;
    private volatile AccessToken current;

    /**
     * @param fetcher       fetches a fresh token (e.g. calls the carrier's token endpoint)
     * @param clock         decides when the token is due
     * @param refreshMargin how long before expiry a token is replaced, so no call goes out with a
     *                      token that expires in flight
     */
    public AccessTokenCache(Supplier<AccessToken> fetcher, Clock clock, Duration refreshMargin) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refreshMargin = Objects.requireNonNull(refreshMargin, "refreshMargin");
    }

    /** A token valid for at least {@code refreshMargin} more. */
    public String token() {
        AccessToken token = current;
        if (isFresh(token)) {
            return token.value();
        }
        synchronized (this) {
            token = current;
            if (!isFresh(token)) {
                token = Objects.requireNonNull(fetcher.get(), "the token fetcher returned null");
                current = token;
            }
            return token.value();
        }
    }

    /** Forgets the cached token, e.g. after the carrier refused it; the next call fetches a new one. */
    public synchronized void invalidate() {
        current = null;
    }

    /**
     * Forgets the cached token only if it is the one the carrier refused. When several calls are refused
     * at once, the replacement the first one caused is kept for the others; nothing is fetched here.
     */
    public synchronized void invalidate(String refusedValue) {
        AccessToken token = current;
        if (token != null && token.value().equals(refusedValue)) {
            current = null;
        }
    }

    private boolean isFresh(AccessToken token) {
        return token != null && clock.instant().plus(refreshMargin).isBefore(token.expiresAt());
    }
}
