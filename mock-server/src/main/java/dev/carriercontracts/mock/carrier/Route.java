package dev.carriercontracts.mock.carrier;

import java.util.Objects;

/**
 * One operation of a carrier: method, path relative to the carrier's base path (OpenAPI template
 * syntax, e.g. {@code /requests/{request_no}}), the spec's operationId, and the handler.
 *
 * @param authenticated false for operations that take no credentials (e.g. a token endpoint that
 *                      checks the client's id and secret itself)
 * @param slow          the handler does work too long for an I/O thread (renders a PDF), so it always runs
 *                      on a worker thread
 */
public record Route(HttpMethod method, String path, String operationId, CarrierHandler handler, boolean authenticated,
                    boolean slow) {

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(handler, "handler");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a route path starts with '/': " + path);
        }
    }

    public Route withoutAuthentication() {
        return new Route(method, path, operationId, handler, false, slow);
    }

    public Route slowToAnswer() {
        return new Route(method, path, operationId, handler, authenticated, true);
    }
}
