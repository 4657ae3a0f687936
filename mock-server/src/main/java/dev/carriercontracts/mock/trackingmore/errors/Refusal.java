package dev.carriercontracts.mock.trackingmore.errors;

/** A business refusal: TrackingMore's code and the message to send with it. */
public record Refusal(MetaCode code, String message) {

    public static Refusal of(MetaCode code) {
        return new Refusal(code, code.message());
    }

    /** The code's published message followed by what exactly was wrong. */
    public static Refusal of(MetaCode code, String detail) {
        return new Refusal(code, code.message() + " (" + detail + ")");
    }
}
