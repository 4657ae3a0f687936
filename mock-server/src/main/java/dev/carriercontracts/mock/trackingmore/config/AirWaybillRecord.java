package dev.carriercontracts.mock.trackingmore.config;

import java.util.List;

/**
 * An air waybill the mock knows ({@code airWaybills} in the defaults file), answered as is by the
 * air-cargo query; events newest first.
 */
public record AirWaybillRecord(String number, String weight, String piece, String origin, String destination,
                               String statusNumber, List<Event> events) {

    public AirWaybillRecord {
        events = events == null ? List.of() : List.copyOf(events);
    }

    public record Event(String planDate, String actualDate, String event, String station, String flightNumber) {
    }
}
