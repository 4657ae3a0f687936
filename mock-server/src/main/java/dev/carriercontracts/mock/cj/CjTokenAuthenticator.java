package dev.carriercontracts.mock.cj;

import dev.carriercontracts.mock.auth.ApiKeyAuthenticator;
import dev.carriercontracts.mock.auth.AuthOutcome;
import dev.carriercontracts.mock.auth.AuthRequest;
import dev.carriercontracts.mock.auth.Authenticator;
import dev.carriercontracts.mock.auth.Credential;
import dev.carriercontracts.mock.auth.Credentials;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The {@code CJ-Access-Token} header: the token is a credential's secret. CJ's access tokens expire (15 days);
 * a credential with the attribute {@code expiresAt} (an ISO-8601 instant) is refused as expired from that
 * instant on the mock clock.
 */
final class CjTokenAuthenticator implements Authenticator {

    static final String HEADER = "CJ-Access-Token";
    static final String EXPIRES_AT = "expiresAt";

    private final ApiKeyAuthenticator tokens;
    private final Clock clock;

    CjTokenAuthenticator(Credentials credentials, Clock clock) {
        this.tokens = new ApiKeyAuthenticator(HEADER, credentials);
        this.clock = clock;
    }

    @Override
    public AuthOutcome authenticate(AuthRequest request) {
        AuthOutcome outcome = tokens.authenticate(request);
        if (outcome instanceof AuthOutcome.Authenticated authenticated) {
            Instant expiresAt = expiresAt(authenticated.credential());
            if (expiresAt != null && !clock.instant().isBefore(expiresAt)) {
                return new AuthOutcome.Rejected(AuthOutcome.Reason.EXPIRED, "the access token expired at " + expiresAt);
            }
        }
        return outcome;
    }

    /** Checked when the module starts (see {@code CjSettings}), so a bad value never reaches a request. */
    static Instant expiresAt(Credential credential) {
        String text = credential.attribute(EXPIRES_AT).asText("");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
