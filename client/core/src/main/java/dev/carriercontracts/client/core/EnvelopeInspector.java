package dev.carriercontracts.client.core;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Response;

import java.util.Optional;

/**
 * Finds failures that a carrier reports inside a successful HTTP answer, such as CJ's
 * {@code {"result": false, "code": 1600100}} with HTTP 200.
 */
@FunctionalInterface
public interface EnvelopeInspector {

    /** Never finds anything: for carriers whose errors always come with an HTTP error status. */
    EnvelopeInspector NONE = (response, body, json) -> Optional.empty();

    /**
     * @param response the answer (its body has already been read into {@code body})
     * @param body     the raw body
     * @param json     the body parsed as JSON
     * @return the exception to raise, or empty when the envelope reports success
     */
    Optional<CarrierException> failure(Response response, byte[] body, JsonNode json);
}
