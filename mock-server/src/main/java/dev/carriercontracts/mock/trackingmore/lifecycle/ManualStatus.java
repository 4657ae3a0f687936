package dev.carriercontracts.mock.trackingmore.lifecycle;

import java.util.Arrays;
import java.util.Optional;

/**
 * The status override of {@code updateTracking} / {@code updateTrackingsBatch} (the spec's
 * {@code ManualTrackingStatus}): 4 and 7 mark a tracking that is still on its way as delivered or
 * exception, and the clock no longer moves what the tracking shows; 8 takes the mark away, and the
 * tracking shows again the status the carrier's data gives it (which went on moving underneath).
 */
public enum ManualStatus {
    MARK_DELIVERED(4, TrackingState.DELIVERED),
    MARK_EXCEPTION(7, TrackingState.EXCEPTION),
    RESTORE_AUTOMATIC(8, null);

    private final int code;
    private final TrackingState target;

    ManualStatus(int code, TrackingState target) {
        this.code = code;
        this.target = target;
    }

    public int code() {
        return code;
    }

    /** The state a mark puts the tracking in; empty for {@link #RESTORE_AUTOMATIC}. */
    public Optional<TrackingState> target() {
        return Optional.ofNullable(target);
    }

    /** Whether a tracking showing {@code state} can take this mark: only one still on its way. */
    public boolean canMark(TrackingState state) {
        return target != null && !state.isFinal();
    }

    public String trigger() {
        return "updateTracking status " + code + " (manual)";
    }

    public static Optional<ManualStatus> byCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }
}
