package dev.carriercontracts.mock.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * HTTP Basic: user name = credential id, password = secret. The expected header values are
 * computed once, so a request costs one map look-up (no Base64 decoding on the hot path).
 */
public final class BasicAuthenticator implements Authenticator {

    private final Map<String, Credential> byHeader = new HashMap<>();

    public BasicAuthenticator(Credentials credentials) {
        for (Credential c : credentials.all()) {
            String token = Base64.getEncoder().encodeToString((c.id() + ":" + c.secret()).getBytes(StandardCharsets.UTF_8));
            byHeader.put("Basic " + token, c);
        }
    }

    @Override
    public AuthOutcome authenticate(AuthRequest request) {
        String header = request.header("Authorization");
        if (header == null || header.isBlank()) {
            return AuthOutcome.missing("HTTP Basic credentials are required");
        }
        Credential credential = byHeader.get(header);
        if (credential != null) {
            return new AuthOutcome.Authenticated(credential);
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            // the scheme is case-insensitive (RFC 7617): normalise before giving up
            credential = byHeader.get("Basic " + header.substring(6).trim());
            if (credential != null) {
                return new AuthOutcome.Authenticated(credential);
            }
            return AuthOutcome.invalid("wrong user name or password");
        }
        return AuthOutcome.missing("the Authorization header is not HTTP Basic");
    }
}
