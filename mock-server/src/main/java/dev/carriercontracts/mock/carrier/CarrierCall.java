package dev.carriercontracts.mock.carrier;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.auth.Credential;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One call to a carrier operation, as its handler sees it: already authenticated and validated.
 * Handlers read from it and answer through it; they never touch the HTTP server directly.
 */
public interface CarrierCall {

    String operationId();

    /** The authenticated account; null on routes declared without authentication. */
    Credential credential();

    /** The mock clock's current instant (the one instant a handler should use for this call). */
    Instant now();

    String pathParam(String name);

    /** A query parameter's first value, or null. */
    String queryParam(String name);

    /** Every value of a repeated query parameter, in order. */
    List<String> queryParams(String name);

    /** A header value (case-insensitive name), or null. */
    String header(String name);

    /**
     * The parsed body, already validated against the operation's schema: a JSON body, or a form
     * body as an object of typed fields. A missing node when the operation takes no such body.
     */
    JsonNode body();

    /** The body bound to a type (a generated model or a record of the carrier's). */
    <T> T bodyAs(Class<T> type);

    /** The fields of a form body. */
    Map<String, List<String>> formParams();

    /** Answers with a JSON body (written with the server's Jackson mapper). */
    void respond(int status, Object body);

    /** Answers with raw bytes, e.g. a PDF. */
    void respondBytes(int status, String contentType, byte[] body);

    /** Answers with no body. */
    void respondEmpty(int status);

    /** Answers with an error in the carrier's format. */
    void fail(ErrorResponse error);

    /** Adds a response header. */
    CarrierCall header(String name, String value);
}
