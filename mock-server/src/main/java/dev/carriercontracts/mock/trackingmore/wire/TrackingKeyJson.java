package dev.carriercontracts.mock.trackingmore.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.carriercontracts.mock.trackingmore.tracking.TrackingKey;

/** The spec's {@code TrackingKey}, in requests and in batch answers. */
public record TrackingKeyJson(@JsonProperty("tracking_number") String trackingNumber,
                              @JsonProperty("carrier_code") String carrierCode) {

    public static TrackingKeyJson of(TrackingKey key) {
        return new TrackingKeyJson(key.trackingNumber(), key.carrierCode());
    }

    public TrackingKey key() {
        return new TrackingKey(carrierCode, trackingNumber);
    }
}
