package dev.carriercontracts.mock.auth;

/** What an authenticator may read from a request. */
public interface AuthRequest {

    /** A header value (case-insensitive name), or null. */
    String header(String name);

    /** A query parameter's first value, or null. */
    String queryParam(String name);
}
