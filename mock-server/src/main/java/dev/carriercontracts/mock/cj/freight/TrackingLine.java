package dev.carriercontracts.mock.cj.freight;

/**
 * How a channel's parcels are tracked.
 *
 * @param prefix          CJ tracking numbers of this channel start with it, e.g. {@code CJPKL}
 * @param lastMileCarrier who delivers at the destination
 * @param lastMilePrefix  how the last-mile carrier's own tracking numbers start
 */
public record TrackingLine(String prefix, String lastMileCarrier, String lastMilePrefix) {
}
