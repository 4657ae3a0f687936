package dev.carriercontracts.mock.trackingmore.account;

import dev.carriercontracts.mock.auth.Credential;

/**
 * An API key's account, from the credential's attributes in the config (each has a default).
 *
 * @param quota           trackings the account can create after a reset ({@code quota}, default 9999)
 * @param realtimeEnabled whether the real-time query is activated ({@code realtime}, default true; false gives 4018)
 */
public record AccountProfile(String email, String phone, String regtime, double money, long quota, boolean realtimeEnabled) {

    public static final long DEFAULT_QUOTA = 9999;

    public static AccountProfile of(Credential credential) {
        return new AccountProfile(
                credential.attribute("email").asText(credential.id() + "@example.com"),
                credential.attribute("phone").isMissingNode() ? null : credential.attribute("phone").asText(),
                credential.attribute("regtime").asText("1469097290"),
                credential.attribute("money").asDouble(0),
                credential.attribute("quota").asLong(DEFAULT_QUOTA),
                credential.attribute("realtime").asBoolean(true));
    }
}
