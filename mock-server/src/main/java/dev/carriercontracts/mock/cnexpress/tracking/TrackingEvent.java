package dev.carriercontracts.mock.cnexpress.tracking;

import java.time.Duration;
import java.time.ZoneOffset;

/**
 * One event of the tracking script: it appears {@code after} the request has Succeeded, and its time is
 * written with {@code zone}'s offset (the Chinese couriers write +08:00). {@code {receiver_city}} in the
 * detail is replaced by the package's receiver city.
 */
public record TrackingEvent(Duration after, String detail, ZoneOffset zone) {
}
