package dev.carriercontracts.client.core;

import java.time.Instant;
import java.util.Objects;

/** A bearer token and the instant it stops being valid. */
public record AccessToken(String value, Instant expiresAt) {

    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";  // never log the secret
    }
}
