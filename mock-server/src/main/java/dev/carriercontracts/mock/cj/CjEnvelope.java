package dev.carriercontracts.mock.cj;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/**
 * CJ's envelope around every answer, success or failure ({@code CjEnvelope} in the spec). {@code data} is
 * written even when null, as CJ does on errors; {@code success} only when set (the freightCalculateTip sample
 * is the only one that has it).
 *
 * @param message at most 200 characters (the spec's limit); longer details are cut
 */
public record CjEnvelope(int code, boolean result, String message,
                         @JsonInclude(JsonInclude.Include.ALWAYS) Object data,
                         String requestId, Boolean success) {

    private static final int MAX_MESSAGE = 200;

    public CjEnvelope {
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE - 3) + "...";
        }
    }

    public static CjEnvelope success(Object data) {
        return new CjEnvelope(CjCode.SUCCESS.code(), true, CjCode.SUCCESS.message(), data, newRequestId(), null);
    }

    /** The freightCalculateTip answer, which also carries {@code success: true} in CJ's sample. */
    public static CjEnvelope successFlagged(Object data) {
        return new CjEnvelope(CjCode.SUCCESS.code(), true, CjCode.SUCCESS.message(), data, newRequestId(), true);
    }

    public static CjEnvelope failure(CjCode code, String message) {
        return new CjEnvelope(code.code(), false, message, null, newRequestId(), null);
    }

    /** A fresh id per answer, in the UUID form of most seed samples (36 characters, within the spec's 48). */
    private static String newRequestId() {
        return UUID.randomUUID().toString();
    }
}
