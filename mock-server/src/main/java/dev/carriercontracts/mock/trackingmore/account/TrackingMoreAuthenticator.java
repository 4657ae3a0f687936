package dev.carriercontracts.mock.trackingmore.account;

import dev.carriercontracts.mock.auth.ApiKeyAuthenticator;
import dev.carriercontracts.mock.auth.AuthOutcome;
import dev.carriercontracts.mock.auth.AuthRequest;
import dev.carriercontracts.mock.auth.Authenticator;
import dev.carriercontracts.mock.auth.Credentials;

/**
 * The {@code Trackingmore-Api-Key} header. A key whose credential has the attribute
 * {@code deleted: true} is known but refused, as TrackingMore refuses a deleted key (4002); it is
 * reported as {@link AuthOutcome.Reason#EXPIRED}, the platform's name for "valid once, not any more".
 */
public final class TrackingMoreAuthenticator implements Authenticator {

    public static final String HEADER = "Trackingmore-Api-Key";

    private final ApiKeyAuthenticator keys;

    public TrackingMoreAuthenticator(Credentials credentials) {
        this.keys = new ApiKeyAuthenticator(HEADER, credentials);
    }

    @Override
    public AuthOutcome authenticate(AuthRequest request) {
        AuthOutcome outcome = keys.authenticate(request);
        if (outcome instanceof AuthOutcome.Authenticated authenticated
                && authenticated.credential().attribute("deleted").asBoolean(false)) {
            return new AuthOutcome.Rejected(AuthOutcome.Reason.EXPIRED, "the API key has been deleted");
        }
        return outcome;
    }
}
