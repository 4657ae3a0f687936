package dev.carriercontracts.mock.trackingmore.utilities;

import dev.carriercontracts.mock.trackingmore.config.AirWaybillNumber;
import dev.carriercontracts.mock.trackingmore.config.AirWaybillRecord;
import dev.carriercontracts.mock.trackingmore.config.TrackingMoreSettings;
import dev.carriercontracts.mock.trackingmore.wire.Results;

import java.util.List;

/**
 * Air waybills from the table in the config ({@code airWaybills}); a valid number the table does
 * not hold is answered with no data (no events), as when the airline has nothing yet.
 */
public final class AirCargo {

    /** Trackings of the quota one air waybill query costs (spec: "20 per air waybill"). */
    public static final int QUOTA_PER_WAYBILL = 20;

    private final TrackingMoreSettings settings;

    public AirCargo(TrackingMoreSettings settings) {
        this.settings = settings;
    }

    public Results.AirWaybill track(AirWaybillNumber number) {
        return settings.airWaybill(number)
                .map(r -> result(number, r))
                .orElseGet(() -> new Results.AirWaybill(number.toString(), null, null, null, null, null, List.of()));
    }

    /** @param number the number asked for, which is the record's (the table is keyed by the parsed number) */
    private static Results.AirWaybill result(AirWaybillNumber number, AirWaybillRecord r) {
        List<Results.AirWaybillEvent> events = r.events().stream()
                .map(e -> new Results.AirWaybillEvent(e.planDate(), e.actualDate(), e.event(), e.station(), e.flightNumber()))
                .toList();
        return new Results.AirWaybill(number.toString(), r.weight(), r.piece(),
                r.origin(), r.destination(), r.statusNumber(), events);
    }
}
