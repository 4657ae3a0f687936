package dev.carriercontracts.mock.cnexpress.settings;

import dev.carriercontracts.mock.auth.Credential;

/**
 * A CNExpress account, from a credential's attributes.
 *
 * @param credit in hundredths of {@code currency}
 */
public record AccountSettings(Credential credential, boolean testMode, long credit, String currency) {
}
