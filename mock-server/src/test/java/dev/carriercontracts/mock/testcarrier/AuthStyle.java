package dev.carriercontracts.mock.testcarrier;

/** Which reusable authenticator the test carrier uses. */
public enum AuthStyle {
    BASIC, API_KEY, BEARER
}
