package dev.carriercontracts.mock.trackingmore.api;

import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.trackingmore.errors.MetaCode;
import dev.carriercontracts.mock.trackingmore.errors.Refusal;
import dev.carriercontracts.mock.trackingmore.errors.TrackingMoreErrors;
import dev.carriercontracts.mock.trackingmore.tracking.Outcome;
import dev.carriercontracts.mock.trackingmore.wire.Envelope;

import java.util.function.Function;

/** How the handlers answer: the success envelope, or TrackingMore's error for a refusal. */
final class Answers {

    private final TrackingMoreErrors errors;

    Answers(TrackingMoreErrors errors) {
        this.errors = errors;
    }

    void success(CarrierCall call, Object data) {
        call.respond(200, Envelope.success(data));
    }

    void created(CarrierCall call, Object data) {
        call.respond(201, Envelope.created(data));
    }

    void refuse(CarrierCall call, Refusal refusal) {
        call.fail(errors.refusal(refusal));
    }

    void refuse(CarrierCall call, MetaCode code, String detail) {
        refuse(call, Refusal.of(code, detail));
    }

    /** 200 with the mapped value, or the refusal. */
    <T> void answer(CarrierCall call, Outcome<T> outcome, Function<T, Object> data) {
        if (outcome instanceof Outcome.Done<T> done) {
            success(call, data.apply(done.value()));
        } else if (outcome instanceof Outcome.Refused<T> refused) {
            refuse(call, refused.refusal());
        }
    }

    /** 201 with the mapped value, or the refusal. */
    <T> void answerCreated(CarrierCall call, Outcome<T> outcome, Function<T, Object> data) {
        if (outcome instanceof Outcome.Done<T> done) {
            created(call, data.apply(done.value()));
        } else if (outcome instanceof Outcome.Refused<T> refused) {
            refuse(call, refused.refusal());
        }
    }
}
