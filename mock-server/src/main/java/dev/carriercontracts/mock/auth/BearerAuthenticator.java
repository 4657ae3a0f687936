package dev.carriercontracts.mock.auth;

/** {@code Authorization: Bearer <token>} with tokens from a {@link TokenStore}. */
public final class BearerAuthenticator implements Authenticator {

    private final TokenStore tokens;

    public BearerAuthenticator(TokenStore tokens) {
        this.tokens = tokens;
    }

    @Override
    public AuthOutcome authenticate(AuthRequest request) {
        String header = request.header("Authorization");
        if (header == null || header.isBlank()) {
            return AuthOutcome.missing("a Bearer token is required");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return AuthOutcome.missing("the Authorization header is not a Bearer token");
        }
        TokenStore.Lookup lookup = tokens.lookup(header.substring(7).trim());
        if (lookup instanceof TokenStore.Lookup.Live live) {
            return new AuthOutcome.Authenticated(live.token().credential());
        }
        if (lookup instanceof TokenStore.Lookup.Expired) {
            return new AuthOutcome.Rejected(AuthOutcome.Reason.EXPIRED, "the token has expired");
        }
        return AuthOutcome.invalid("unknown token");
    }
}
