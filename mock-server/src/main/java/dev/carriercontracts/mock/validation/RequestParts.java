package dev.carriercontracts.mock.validation;

import java.util.List;
import java.util.Map;

/** What the validator reads from a request (implemented over the HTTP layer's request). */
public interface RequestParts {

    /** A path parameter, or null. */
    String pathParam(String name);

    /** Every value of a query parameter, in order; empty when absent. */
    List<String> queryParams(String name);

    /** A header value (case-insensitive name), or null. */
    String header(String name);

    /** The Content-Type header, or null. */
    String contentType();

    /** The raw body; empty when there is none. */
    byte[] bodyBytes();

    /** The fields of an {@code application/x-www-form-urlencoded} body. */
    Map<String, List<String>> formParams();
}
