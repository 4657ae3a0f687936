package dev.carriercontracts.mock.junit5;

import dev.carriercontracts.mock.Carrier;

import java.util.Objects;

/**
 * An account of a carrier on the mock server, as a test needs it to build its own client: inject it
 * with {@code @Credential(Carrier.X) MockCredential account}.
 *
 * @param id     the Basic user name (CNExpress), the OAuth client id (CDEK), or a label (API-key carriers)
 * @param secret the password, client secret, API key or access token
 */
public record MockCredential(Carrier carrier, String id, String secret) {

    public MockCredential {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "MockCredential[" + carrier.id() + "/" + id + "]"; // the secret stays out of test reports
    }
}
