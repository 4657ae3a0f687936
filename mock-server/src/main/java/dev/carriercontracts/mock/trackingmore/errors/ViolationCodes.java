package dev.carriercontracts.mock.trackingmore.errors;

import dev.carriercontracts.mock.validation.Violation;

import java.util.List;

/**
 * Which TrackingMore code answers a request that does not match the spec. TrackingMore has codes
 * for a few fields (4013 tracking number, 4033 status, 4020 batch size); anything else is 4012.
 * When several apply, the most specific wins: 4020, 4033, 4013/4014, then 4012.
 */
final class ViolationCodes {

    private ViolationCodes() {
    }

    static MetaCode codeFor(List<Violation> violations) {
        MetaCode best = MetaCode.MALFORMED_REQUEST;
        for (Violation v : violations) {
            MetaCode code = codeFor(v);
            if (rank(code) > rank(best)) {
                best = code;
            }
        }
        return best;
    }

    private static MetaCode codeFor(Violation v) {
        boolean body = v.where() == Violation.Where.BODY;
        if (body && v.name().isEmpty() && v.message().contains("at most")) {
            return MetaCode.BATCH_TOO_LARGE; // the only array with a maxItems is the batch create's
        }
        if ((v.where() == Violation.Where.QUERY && v.name().equals("status")) || (body && v.name().endsWith("/status"))) {
            return MetaCode.INVALID_STATUS;
        }
        if (body && v.name().endsWith("/tracking_number")) {
            boolean missing = v.message().contains("required") || v.message().contains("at least");
            return missing ? MetaCode.TRACKING_NUMBER_REQUIRED : MetaCode.INVALID_TRACKING_NUMBER;
        }
        return MetaCode.MALFORMED_REQUEST;
    }

    private static int rank(MetaCode code) {
        return switch (code) {
            case BATCH_TOO_LARGE -> 4;
            case INVALID_STATUS -> 3;
            case TRACKING_NUMBER_REQUIRED, INVALID_TRACKING_NUMBER -> 2;
            default -> 1;
        };
    }
}
