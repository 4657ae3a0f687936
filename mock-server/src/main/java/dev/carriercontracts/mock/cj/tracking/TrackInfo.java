package dev.carriercontracts.mock.cj.tracking;

/** A parcel's tracking summary, as trackInfo and getTrackInfo answer it (seed 2.1, 2.2). */
public record TrackInfo(String trackingNumber, String logisticName, String trackingFrom, String trackingTo,
                        String deliveryDay, String deliveryTime, String trackingStatus, String lastMileCarrier,
                        String lastTrackNumber) {
}
