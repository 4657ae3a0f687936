package dev.carriercontracts.mock.trackingmore.config;

/**
 * A carrier TrackingMore knows ({@code couriers} in the defaults file): its code is what requests
 * send as {@code carrier_code}; the rest fills the tracking results and the transit-time statistics.
 *
 * @param country     the carrier's home country, two letters (origin of its parcels)
 * @param hub         where its parcels are first scanned, shown in the first checkpoint
 * @param transitDays typical door-to-door days between two countries, the centre of its statistics
 */
public record Courier(String code, String name, String country, String hub, String weblink, String phone, int transitDays) {
}
