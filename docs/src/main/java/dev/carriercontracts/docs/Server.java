package dev.carriercontracts.docs;

/**
 * A base URL from a spec's {@code servers}.
 *
 * @param mock whether it is this project's mock server rather than the carrier's own host
 */
public record Server(String url, String description, boolean mock) {
}
