package dev.carriercontracts.mock.trackingmore.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The spec's {@code CarrierTrackInfo}: one carrier's milestones and checkpoints (newest first). */
public record CarrierInfoJson(
        @JsonProperty("ItemReceived") String itemReceived,
        @JsonProperty("ItemDispatched") String itemDispatched,
        @JsonProperty("DepartfromAirport") String departFromAirport,
        @JsonProperty("ArrivalfromAbroad") String arrivalFromAbroad,
        @JsonProperty("CustomsClearance") String customsClearance,
        @JsonProperty("DestinationArrived") String destinationArrived,
        String weblink,
        String phone,
        @JsonProperty("carrier_code") String carrierCode,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<CheckpointJson> trackinfo) {
}
