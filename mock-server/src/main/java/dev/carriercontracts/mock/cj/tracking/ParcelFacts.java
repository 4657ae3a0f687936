package dev.carriercontracts.mock.cj.tracking;

/**
 * What a tracking number tells about its parcel, fixed when it is first tracked.
 *
 * @param logisticName the logistics channel it travels with
 * @param from         origin country code
 * @param to           destination country code
 */
public record ParcelFacts(String logisticName, String from, String to, Fate fate, String lastMileCarrier,
                          String lastTrackNumber) {
}
