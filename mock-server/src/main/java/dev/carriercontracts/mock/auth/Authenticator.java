package dev.carriercontracts.mock.auth;

/**
 * How a carrier recognises its accounts. Reusable implementations: {@link BasicAuthenticator},
 * {@link ApiKeyAuthenticator}, {@link BearerAuthenticator}; {@link #NONE} for open APIs.
 * Called on every request: implementations do a map look-up, nothing more.
 */
@FunctionalInterface
public interface Authenticator {

    Authenticator NONE = request -> new AuthOutcome.Anonymous();

    AuthOutcome authenticate(AuthRequest request);
}
