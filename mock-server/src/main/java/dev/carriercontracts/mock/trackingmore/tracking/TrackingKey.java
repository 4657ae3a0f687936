package dev.carriercontracts.mock.trackingmore.tracking;

import java.util.Objects;

/** How TrackingMore addresses a tracking within an account: carrier code and tracking number. */
public record TrackingKey(String carrierCode, String trackingNumber) {

    public TrackingKey {
        Objects.requireNonNull(carrierCode, "carrierCode");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
    }

    @Override
    public String toString() {
        return carrierCode + "/" + trackingNumber;
    }
}
