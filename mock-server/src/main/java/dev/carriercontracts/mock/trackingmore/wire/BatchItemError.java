package dev.carriercontracts.mock.trackingmore.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.carriercontracts.mock.trackingmore.errors.Refusal;
import dev.carriercontracts.mock.trackingmore.tracking.TrackingKey;

/** An item of a batch that was refused, with TrackingMore's code for why. */
public record BatchItemError(@JsonProperty("tracking_number") String trackingNumber,
                             @JsonProperty("carrier_code") String carrierCode,
                             int code,
                             String message) {

    public static BatchItemError of(TrackingKey key, Refusal refusal) {
        return new BatchItemError(key.trackingNumber(), key.carrierCode(), refusal.code().code(), refusal.message());
    }
}
