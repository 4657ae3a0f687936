package dev.carriercontracts.mock.trackingmore.api;

import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.trackingmore.account.AccountProfile;
import dev.carriercontracts.mock.trackingmore.errors.MetaCode;
import dev.carriercontracts.mock.trackingmore.tracking.TrackingKey;
import dev.carriercontracts.mock.trackingmore.tracking.Trackings;
import dev.carriercontracts.mock.trackingmore.wire.Requests;
import dev.carriercontracts.mock.trackingmore.wire.Results;
import dev.carriercontracts.mock.trackingmore.wire.TrackingViews;

import java.util.List;

/** The operations on one tracking: create, get, update, delete, real-time query, carrier code change. */
public final class SingleTrackingHandlers {

    private final Trackings trackings;
    private final TrackingViews views;
    private final Answers answers;

    SingleTrackingHandlers(Trackings trackings, TrackingViews views, Answers answers) {
        this.trackings = trackings;
        this.views = views;
        this.answers = answers;
    }

    void create(CarrierCall call) {
        Requests.NewTracking body = call.bodyAs(Requests.NewTracking.class);
        answers.answerCreated(call, trackings.create(call.credential().id(), body.key(), body.details(), call.now()),
                t -> views.view(t, call.now()));
    }

    void get(CarrierCall call) {
        answers.answer(call, trackings.get(call.credential().id(), pathKey(call)), t -> views.view(t, call.now()));
    }

    void update(CarrierCall call) {
        Requests.TrackingUpdate body = call.bodyAs(Requests.TrackingUpdate.class);
        answers.answer(call, trackings.update(call.credential().id(), pathKey(call), body.details(), body.archivedFlag(),
                body.status(), call.now()), t -> views.view(t, call.now()));
    }

    void delete(CarrierCall call) {
        answers.answer(call, trackings.delete(call.credential().id(), pathKey(call)), t -> List.of());
    }

    void realtime(CarrierCall call) {
        if (!AccountProfile.of(call.credential()).realtimeEnabled()) {
            answers.refuse(call, MetaCode.NOT_ACTIVATED, "the real-time query is not activated for this API key");
            return;
        }
        Requests.RealtimeQuery body = call.bodyAs(Requests.RealtimeQuery.class);
        answers.answer(call, trackings.realtime(call.credential().id(), body.key(), body.details(), call.now()),
                t -> new Results.Realtime(List.of(views.view(t, call.now()))));
    }

    void changeCarrierCode(CarrierCall call) {
        Requests.CarrierCodeChange body = call.bodyAs(Requests.CarrierCodeChange.class);
        TrackingKey key = new TrackingKey(body.carrierCode(), body.trackingNumber());
        answers.answer(call, trackings.changeCarrierCode(call.credential().id(), key, body.updateCarrierCode()),
                t -> new Results.CarrierCodeChanged(""));
    }

    private static TrackingKey pathKey(CarrierCall call) {
        return new TrackingKey(call.pathParam("carrier_code"), call.pathParam("tracking_number"));
    }
}
