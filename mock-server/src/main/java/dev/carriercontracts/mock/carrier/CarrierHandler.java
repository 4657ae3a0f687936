package dev.carriercontracts.mock.carrier;

/**
 * Handles one operation. By the time it runs, the call has passed fault injection, the body size
 * limit, authentication and validation against the spec: it parses, calls the domain, responds.
 * An exception it throws becomes the carrier's server error (and is logged).
 */
@FunctionalInterface
public interface CarrierHandler {

    void handle(CarrierCall call) throws Exception;
}
