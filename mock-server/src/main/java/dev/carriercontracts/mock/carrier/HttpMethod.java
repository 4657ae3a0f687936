package dev.carriercontracts.mock.carrier;

/** The HTTP methods a carrier route can answer. */
public enum HttpMethod {
    GET, POST, PUT, PATCH, DELETE
}
