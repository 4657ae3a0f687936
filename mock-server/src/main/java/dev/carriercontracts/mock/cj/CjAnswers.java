package dev.carriercontracts.mock.cj;

import dev.carriercontracts.mock.carrier.CarrierCall;

import java.util.function.Function;

/** How a handler answers an outcome: CJ's success envelope around the value, or its refusal on HTTP 200. */
public final class CjAnswers {

    private final CjErrors errors;

    public CjAnswers(CjErrors errors) {
        this.errors = errors;
    }

    public void answer(CarrierCall call, Outcome<?> outcome) {
        answer(call, outcome, CjEnvelope::success);
    }

    public void answer(CarrierCall call, Outcome<?> outcome, Function<Object, CjEnvelope> success) {
        if (outcome instanceof Outcome.Done<?> done) {
            call.respond(200, success.apply(done.value()));
        } else if (outcome instanceof Outcome.Refused<?> refused) {
            call.fail(errors.refused(refused.refusal()));
        }
    }
}
