package dev.carriercontracts.mock.trackingmore.api;

import dev.carriercontracts.mock.carrier.RouteTable;
import dev.carriercontracts.mock.trackingmore.account.QuotaLedger;
import dev.carriercontracts.mock.trackingmore.config.TrackingMoreSettings;
import dev.carriercontracts.mock.trackingmore.errors.TrackingMoreErrors;
import dev.carriercontracts.mock.trackingmore.listing.TrackingListing;
import dev.carriercontracts.mock.trackingmore.tracking.Trackings;
import dev.carriercontracts.mock.trackingmore.wire.TrackingViews;

/** The 16 operations of the spec, one line each (literal paths before the two-segment template). */
public final class TrackingMoreRoutes {

    private final SingleTrackingHandlers single;
    private final BatchHandlers batch;
    private final ListingHandlers listing;
    private final AccountHandlers account;
    private final UtilityHandlers utilities;

    public TrackingMoreRoutes(Trackings trackings, TrackingListing listing, TrackingViews views, QuotaLedger quota,
                              TrackingMoreSettings settings, TrackingMoreErrors errors) {
        Answers answers = new Answers(errors);
        this.single = new SingleTrackingHandlers(trackings, views, answers);
        this.batch = new BatchHandlers(trackings, views, answers);
        this.listing = new ListingHandlers(listing, views, answers);
        this.account = new AccountHandlers(trackings, answers);
        this.utilities = new UtilityHandlers(settings, quota, answers);
    }

    public void declare(RouteTable routes) {
        routes.post("/trackings/post", "createTracking", single::create);
        routes.post("/trackings/batch", "createTrackingsBatch", batch::create);
        routes.get("/trackings/get", "listTrackings", listing::list);
        routes.post("/trackings/updatemore", "updateTrackingsBatch", batch::update);
        routes.post("/trackings/delete", "deleteTrackingsBatch", batch::delete);
        routes.post("/trackings/realtime", "getRealtimeTracking", single::realtime);
        routes.post("/trackings/update", "updateCarrierCode", single::changeCarrierCode);
        routes.get("/trackings/getuserinfo", "getUserInfo", account::userInfo);
        routes.get("/trackings/getstatusnumber", "getStatusCounts", listing::statusCounts);
        routes.post("/trackings/notupdate", "markNotUpdated", batch::stopUpdating);
        routes.post("/trackings/remote", "checkRemoteArea", utilities::remote);
        routes.post("/trackings/costtime", "getTransitTime", utilities::transitTime);
        routes.post("/trackings/aircargo", "getAirCargoTracking", utilities::airCargo);
        routes.get("/trackings/{carrier_code}/{tracking_number}", "getTracking", single::get);
        routes.put("/trackings/{carrier_code}/{tracking_number}", "updateTracking", single::update);
        routes.delete("/trackings/{carrier_code}/{tracking_number}", "deleteTracking", single::delete);
    }
}
