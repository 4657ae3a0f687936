package dev.carriercontracts.mock.cj.tracking;

import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.cj.CjEnvelope;

/** trackInfo and the deprecated getTrackInfo, which answer alike: one summary per known number. */
public final class TrackingHandlers {

    private final Tracking tracking;

    public TrackingHandlers(Tracking tracking) {
        this.tracking = tracking;
    }

    public void trackInfo(CarrierCall call) {
        call.respond(200, CjEnvelope.success(tracking.track(call.credential().id(), call.queryParams("trackNumber"), call.now())));
    }
}
