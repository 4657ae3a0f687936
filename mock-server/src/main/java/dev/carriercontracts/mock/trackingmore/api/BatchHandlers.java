package dev.carriercontracts.mock.trackingmore.api;

import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.trackingmore.errors.MetaCode;
import dev.carriercontracts.mock.trackingmore.tracking.Outcome;
import dev.carriercontracts.mock.trackingmore.tracking.Tracking;
import dev.carriercontracts.mock.trackingmore.tracking.TrackingKey;
import dev.carriercontracts.mock.trackingmore.tracking.Trackings;
import dev.carriercontracts.mock.trackingmore.wire.BatchItemError;
import dev.carriercontracts.mock.trackingmore.wire.BatchResults;
import dev.carriercontracts.mock.trackingmore.wire.Requests;
import dev.carriercontracts.mock.trackingmore.wire.TrackingJson;
import dev.carriercontracts.mock.trackingmore.wire.TrackingKeyJson;
import dev.carriercontracts.mock.trackingmore.wire.TrackingViews;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The batch operations: each item is done or refused on its own (refusals in {@code data.errors}
 * with their code, e.g. 4016 or 4017) and the call itself succeeds.
 */
public final class BatchHandlers {

    private final Trackings trackings;
    private final TrackingViews views;
    private final Answers answers;

    BatchHandlers(Trackings trackings, TrackingViews views, Answers answers) {
        this.trackings = trackings;
        this.views = views;
        this.answers = answers;
    }

    /** 201 when at least one tracking was created, 200 when none was (spec choice 1). */
    void create(CarrierCall call) {
        String account = call.credential().id();
        if (trackings.quotaLeft(account) == 0) {
            answers.refuse(call, MetaCode.QUOTA_EXHAUSTED, "no tracking left in the quota");
            return;
        }
        Requests.NewTracking[] items = call.bodyAs(Requests.NewTracking[].class);
        List<TrackingJson> created = new ArrayList<>();
        List<BatchItemError> errors = new ArrayList<>();
        for (Requests.NewTracking item : items) {
            Outcome<Tracking> outcome = trackings.create(account, item.key(), item.details(), call.now());
            if (outcome instanceof Outcome.Done<Tracking> done) {
                created.add(views.view(done.value(), call.now()));
            } else if (outcome instanceof Outcome.Refused<Tracking> refused) {
                errors.add(BatchItemError.of(item.key(), refused.refusal()));
            }
        }
        var result = new BatchResults.Created(items.length, created.size(), created, errors);
        if (created.isEmpty()) {
            answers.success(call, result);
        } else {
            answers.created(call, result);
        }
    }

    void update(CarrierCall call) {
        Requests.TrackingUpdateItem[] items = call.bodyAs(Requests.TrackingUpdateItem[].class);
        Done done = each(items, Requests.TrackingUpdateItem::key, item -> trackings.update(call.credential().id(), item.key(),
                item.update().details(), null, item.status(), call.now()));
        answers.success(call, new BatchResults.Updated(items.length, done.keys.size(), done.keys, done.errors));
    }

    void delete(CarrierCall call) {
        TrackingKeyJson[] items = call.bodyAs(TrackingKeyJson[].class);
        Done done = each(items, TrackingKeyJson::key, item -> trackings.delete(call.credential().id(), item.key()));
        answers.success(call, new BatchResults.Deleted(items.length, done.keys.size(), done.keys, done.errors));
    }

    void stopUpdating(CarrierCall call) {
        TrackingKeyJson[] items = call.bodyAs(TrackingKeyJson[].class);
        Done done = each(items, TrackingKeyJson::key, item -> trackings.stopUpdating(call.credential().id(), item.key(), call.now()));
        answers.success(call, new BatchResults.NotUpdated(items.length, done.keys.size(), done.keys, done.errors));
    }

    private record Done(List<TrackingKeyJson> keys, List<BatchItemError> errors) {
    }

    private static <I> Done each(I[] items, Function<I, TrackingKey> key, Function<I, Outcome<Tracking>> action) {
        Done done = new Done(new ArrayList<>(), new ArrayList<>());
        for (I item : items) {
            Outcome<Tracking> outcome = action.apply(item);
            if (outcome instanceof Outcome.Done<Tracking> ok) {
                done.keys.add(TrackingKeyJson.of(ok.value().key()));
            } else if (outcome instanceof Outcome.Refused<Tracking> refused) {
                done.errors.add(BatchItemError.of(key.apply(item), refused.refusal()));
            }
        }
        return done;
    }
}
