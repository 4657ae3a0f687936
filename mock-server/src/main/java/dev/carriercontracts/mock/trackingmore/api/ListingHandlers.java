package dev.carriercontracts.mock.trackingmore.api;

import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.trackingmore.errors.MetaCode;
import dev.carriercontracts.mock.trackingmore.lifecycle.TrackingState;
import dev.carriercontracts.mock.trackingmore.listing.TrackingFilter;
import dev.carriercontracts.mock.trackingmore.listing.TrackingListing;
import dev.carriercontracts.mock.trackingmore.wire.Results;
import dev.carriercontracts.mock.trackingmore.wire.TrackingViews;

import java.util.Map;

/** The tracking list and the status counts. */
public final class ListingHandlers {

    private final TrackingListing listing;
    private final TrackingViews views;
    private final Answers answers;

    ListingHandlers(TrackingListing listing, TrackingViews views, Answers answers) {
        this.listing = listing;
        this.views = views;
        this.answers = answers;
    }

    void list(CarrierCall call) {
        QueryParams q = new QueryParams(call);
        try {
            int page = q.number("page", 1);
            int limit = q.number("limit", 100);
            TrackingFilter filter = new TrackingFilter(
                    q.text("status") == null ? null : TrackingState.byWire(q.text("status")).orElseThrow(),
                    q.number("created_at_min"), q.number("created_at_max"),
                    q.number("update_time_min"), q.number("update_time_max"),
                    q.number("order_created_time_min"), q.number("order_created_time_max"),
                    q.list("numbers"), q.list("orders"), q.flag("archived"));
            TrackingListing.Page found = listing.page(call.credential().id(), filter, page, limit, call.now());
            answers.success(call, new Results.Page(page, limit, Integer.toString(found.total()),
                    found.items().stream().map(t -> views.view(t, call.now())).toList()));
        } catch (QueryParams.Unreadable e) {
            answers.refuse(call, MetaCode.MALFORMED_REQUEST, e.getMessage());
        }
    }

    void statusCounts(CarrierCall call) {
        QueryParams q = new QueryParams(call);
        try {
            TrackingFilter filter = new TrackingFilter(null, q.number("created_at_min"), q.number("created_at_max"), null, null,
                    q.number("order_created_time_min"), q.number("order_created_time_max"), null, null, null);
            Map<TrackingState, Long> c = listing.counts(call.credential().id(), filter, call.now());
            answers.success(call, new Results.StatusCounts(c.get(TrackingState.PENDING), c.get(TrackingState.NOTFOUND),
                    c.get(TrackingState.TRANSIT), c.get(TrackingState.PICKUP), c.get(TrackingState.DELIVERED),
                    c.get(TrackingState.UNDELIVERED), c.get(TrackingState.EXCEPTION), c.get(TrackingState.EXPIRED)));
        } catch (QueryParams.Unreadable e) {
            answers.refuse(call, MetaCode.MALFORMED_REQUEST, e.getMessage());
        }
    }
}
