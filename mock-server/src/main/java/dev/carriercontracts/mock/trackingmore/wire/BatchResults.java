package dev.carriercontracts.mock.trackingmore.wire;

import java.util.List;

/** The {@code data} of the batch operations (the spec's {@code Batch*Result} and {@code NotUpdateResult}). */
public final class BatchResults {

    private BatchResults() {
    }

    public record Created(int submitted, int added, List<TrackingJson> trackings, List<BatchItemError> errors) {
    }

    public record Updated(int submitted, int updated, List<TrackingKeyJson> trackings, List<BatchItemError> errors) {
    }

    public record Deleted(int submitted, int deleted, List<TrackingKeyJson> trackings, List<BatchItemError> errors) {
    }

    public record NotUpdated(int submitted, int change, List<TrackingKeyJson> trackings, List<BatchItemError> errors) {
    }
}
