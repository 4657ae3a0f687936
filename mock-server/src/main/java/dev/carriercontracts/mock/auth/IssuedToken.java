package dev.carriercontracts.mock.auth;

import java.time.Instant;

/** An access token handed out by a carrier's token endpoint. */
public record IssuedToken(String value, Credential credential, Instant issuedAt, Instant expiresAt) {

    public long expiresInSeconds() {
        return expiresAt.getEpochSecond() - issuedAt.getEpochSecond();
    }
}
