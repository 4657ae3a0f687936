package dev.carriercontracts.mock.auth;

/** An API key in a header (e.g. {@code Trackingmore-Api-Key}); the key is the credential's secret. */
public final class ApiKeyAuthenticator implements Authenticator {

    private final String headerName;
    private final Credentials credentials;

    public ApiKeyAuthenticator(String headerName, Credentials credentials) {
        this.headerName = headerName;
        this.credentials = credentials;
    }

    @Override
    public AuthOutcome authenticate(AuthRequest request) {
        String key = request.header(headerName);
        if (key == null || key.isBlank()) {
            return AuthOutcome.missing("the " + headerName + " header is required");
        }
        return credentials.bySecret(key.trim())
                .<AuthOutcome>map(AuthOutcome.Authenticated::new)
                .orElseGet(() -> AuthOutcome.invalid("unknown " + headerName));
    }
}
