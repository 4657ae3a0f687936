package dev.carriercontracts.mock.packagetracking;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Every answer of the service, success or error: {@code {code, message, data}} (the spec's
 * {@code TrackingResponse}). {@code data} is written even when null, as the spec requires on errors.
 */
public record Envelope(ResultCode code, String message, @JsonInclude(JsonInclude.Include.ALWAYS) Data data) {

    /** The spec's {@code TrackingData}. */
    public record Data(String status, String statusDesc, List<TraceLine> traces) {
    }

    /** The spec's {@code Trace}: {@code time} as {@code yyyy-MM-dd HH:mm:ss}. */
    public record TraceLine(String time, String desc) {
    }

    public static Envelope success(Data data) {
        return new Envelope(ResultCode.SUCCESS, "success", data);
    }

    public static Envelope error(ResultCode code, String message) {
        return new Envelope(code, message, null);
    }
}
