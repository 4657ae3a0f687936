package dev.carriercontracts.client.core;

import feign.FeignException;
import feign.Request;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * A carrier refused a call. Raised for HTTP error statuses and also for HTTP 2xx answers whose
 * envelope reports a failure (CJ's {@code result: false}, TrackingMore's {@code meta.code}).
 * Each carrier client throws its own subclass, which adds the fields of that carrier's error body.
 *
 * <p>It extends {@link FeignException}, so code that already handles Feign errors keeps working;
 * {@link #status()} is the HTTP status, {@link #carrierCode()} the carrier's own error code.
 */
public abstract class CarrierException extends FeignException {

    private final String carrierCode;
    private final String carrierMessage;

    protected CarrierException(int status, String carrierCode, String carrierMessage,
                               Request request, byte[] body, Map<String, Collection<String>> headers) {
        super(status, describe(status, carrierCode, carrierMessage), request, body, headers);
        this.carrierCode = carrierCode;
        this.carrierMessage = carrierMessage;
    }

    /** The carrier's own code for this error (e.g. {@code 4016}, {@code 1600100}, {@code v2_token_expired}); empty if its body had none. */
    public Optional<String> carrierCode() {
        return Optional.ofNullable(carrierCode);
    }

    /** The carrier's human-readable message, as it sent it. */
    public String carrierMessage() {
        return carrierMessage;
    }

    private static String describe(int status, String code, String message) {
        return "HTTP " + status + (code == null ? "" : " [" + code + "]") + ": " + message;
    }
}
