package dev.carriercontracts.mock.trackingmore.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The spec's {@code Checkpoint}, capitalised as TrackingMore sends it. */
public record CheckpointJson(
        @JsonProperty("Date") String date,
        @JsonProperty("StatusDescription") String statusDescription,
        @JsonProperty("Details") String details,
        @JsonProperty("checkpoint_status") String checkpointStatus,
        String substatus,
        @JsonProperty("ItemNode") String itemNode) {
}
