package dev.carriercontracts.mock.packagetracking;

/** The envelope's {@code code} (the spec's {@code ResultCode}) and the HTTP status it goes with. */
public enum ResultCode {
    SUCCESS(200),
    PARAM_ERROR(400),
    UNAUTHORIZED(401),
    NOT_FOUND(404),
    PAYLOAD_TOO_LARGE(413),
    RATE_LIMITED(429),
    SYSTEM_ERROR(500);

    private final int status;

    ResultCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
