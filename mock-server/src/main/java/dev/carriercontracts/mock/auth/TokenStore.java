package dev.carriercontracts.mock.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens issued by one carrier's token endpoint, expiring by the mock clock (advance the clock to
 * expire them; nothing runs in the background). Expired tokens are dropped when new ones are
 * issued, so the store stays as large as the number of live tokens.
 */
public final class TokenStore {

    /** A token that is known, live or expired. */
    public sealed interface Lookup {
        record Live(IssuedToken token) implements Lookup {
        }

        record Expired(IssuedToken token) implements Lookup {
        }

        record Unknown() implements Lookup {
        }
    }

    private static final int PURGE_EVERY = 1024;

    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, IssuedToken> tokens = new ConcurrentHashMap<>();

    public TokenStore(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public IssuedToken issue(Credential credential) {
        if (tokens.size() % PURGE_EVERY == PURGE_EVERY - 1) {
            purgeExpired();
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        Instant now = clock.instant();
        IssuedToken token = new IssuedToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), credential, now, now.plus(lifetime));
        tokens.put(token.value(), token);
        return token;
    }

    public Lookup lookup(String value) {
        IssuedToken token = tokens.get(value);
        if (token == null) {
            return new Lookup.Unknown();
        }
        return clock.instant().isBefore(token.expiresAt()) ? new Lookup.Live(token) : new Lookup.Expired(token);
    }

    public Optional<IssuedToken> live(String value) {
        return lookup(value) instanceof Lookup.Live live ? Optional.of(live.token()) : Optional.empty();
    }

    public void revokeAll() {
        tokens.clear();
    }

    public void revoke(String credentialId) {
        tokens.values().removeIf(t -> t.credential().id().equals(credentialId));
    }

    public int size() {
        return tokens.size();
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        tokens.values().removeIf(t -> !now.isBefore(t.expiresAt()));
    }
}
