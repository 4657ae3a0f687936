package dev.carriercontracts.mock.trackingmore.errors;

import java.util.Arrays;
import java.util.Optional;

/**
 * TrackingMore's own result codes ({@code meta.code}) the mock answers with, each with its
 * {@code meta.type}, its published message and the HTTP status the spec sends it with (the spec's
 * {@code Meta} table; 4017 goes with 404 on operations that address one tracking).
 */
public enum MetaCode {
    SUCCESS(200, "Success", "Success", 200),
    CREATED(201, "Created", "The request was successful and a resource was created.", 201),
    INVALID_API_KEY(4001, "Unauthorized", "Invalid API key.", 401),
    API_KEY_DELETED(4002, "Unauthorized", "API key has been deleted.", 401),
    MALFORMED_REQUEST(4012, "Bad Request", "The request could not be understood or was missing required parameters.", 400),
    TRACKING_NUMBER_REQUIRED(4013, "Bad Request", "Tracking_number is required.", 400),
    INVALID_TRACKING_NUMBER(4014, "Bad Request", "The value of `tracking_number` is invalid.", 400),
    INVALID_CARRIER_CODE(4015, "Bad Request", "The value of `carrier_code` is invalid.", 400),
    TRACKING_EXISTS(4016, "Bad Request", "Tracking already exists.", 400),
    TRACKING_NOT_FOUND(4017, "Bad Request", "Tracking does not exist.", 404),
    NOT_ACTIVATED(4018, "Bad Request", "Due to overload risks this feature requires custom activation; contact TrackingMore.", 400),
    BATCH_TOO_LARGE(4020, "Bad Request", "Up to 40 trackings at a time.", 400),
    QUOTA_EXHAUSTED(4021, "Bad Request", "Remaining quota is deficient, or the 7-day free trial has expired. To continue using API, please recharge first.", 400),
    INVALID_STATUS(4033, "Bad Request", "The value of `status` is invalid.", 400),
    NOT_FOUND(404, "Not Found", "Resource not found.", 404),
    METHOD_NOT_ALLOWED(405, "Method Not Allowed", "The resource does not support the request method.", 405),
    PAYLOAD_TOO_LARGE(413, "Payload Too Large", "The request body exceeds the size limit.", 413),
    TOO_MANY_REQUESTS(429, "Too Many Requests", "Exceeded API limit. Pause requests, wait two minutes, and try again.", 429),
    SERVER_ERROR(500, "Server error", "Server error.", 500),
    UNAVAILABLE(503, "Service Unavailable", "Service is temporarily unavailable (e.g. scheduled platform maintenance). Try again later.", 503);

    private final int code;
    private final String type;
    private final String message;
    private final int httpStatus;

    MetaCode(int code, String type, String message, int httpStatus) {
        this.code = code;
        this.type = type;
        this.message = message;
        this.httpStatus = httpStatus;
    }

    public int code() {
        return code;
    }

    public String type() {
        return type;
    }

    public String message() {
        return message;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The code TrackingMore uses for an HTTP status of its own (429, 500, 503...), if it has one. */
    public static Optional<MetaCode> forHttpStatus(int status) {
        return Arrays.stream(values()).filter(c -> c.code == status).findFirst();
    }
}
