package dev.carriercontracts.mock.cj;

/**
 * The codes CJ puts in its envelope's {@code code} (spec: "Error codes"), with the message the mock sends
 * when it has nothing more precise to say.
 */
public enum CjCode {
    SUCCESS(200, "Success"),
    SYSTEM_BUSY(1600000, "System busy"),
    INVALID_TOKEN(1600001, "Invalid API key or access token. How to get access token: "
            + "https://developers.cjdropshipping.cn/en/api/api2/api/auth.html#_1-1-get-access-token-post"),
    MISSING_TOKEN(1600002, "access token cannot be empty"),
    PARAM_ERROR(1600100, "Param error"),
    INTERFACE_NOT_FOUND(1600101, "Interface not found"),
    CALL_EXCEEDED_LIMIT(1600200, "Call exceeded limit"),
    QUOTA_USED_UP(1600201, "Quota has been used up"),
    VARIANT_NOT_FOUND(1602000, "Variant not found"),
    PRODUCT_NOT_FOUND(1602001, "Product not found"),
    LOGISTIC_NOT_FOUND(1605000, "Logistic not found");

    private final int code;
    private final String message;

    CjCode(int code, String message) {
        this.code = code;
        this.message = message;
    }

    public int code() {
        return code;
    }

    public String message() {
        return message;
    }

    /** The default message followed by a detail, e.g. {@code Param error: products must not be empty}. */
    public String message(String detail) {
        return detail == null || detail.isBlank() ? message : message + ": " + detail;
    }
}
