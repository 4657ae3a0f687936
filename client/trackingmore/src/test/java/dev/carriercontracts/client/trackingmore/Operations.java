package dev.carriercontracts.client.trackingmore;

import dev.carriercontracts.client.trackingmore.api.TrackingMoreApi;
import dev.carriercontracts.client.trackingmore.model.AirCargoQuery;
import dev.carriercontracts.client.trackingmore.model.CarrierCodeChange;
import dev.carriercontracts.client.trackingmore.model.NewTracking;
import dev.carriercontracts.client.trackingmore.model.RealtimeQuery;
import dev.carriercontracts.client.trackingmore.model.RemoteAreaQuery;
import dev.carriercontracts.client.trackingmore.model.TrackingKey;
import dev.carriercontracts.client.trackingmore.model.TrackingUpdate;
import dev.carriercontracts.client.trackingmore.model.TrackingUpdateItem;
import dev.carriercontracts.client.trackingmore.model.TransitTimeQuery;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Every operation of the spec, by operationId, called with minimal valid arguments. */
final class Operations {

    static final Map<String, Consumer<TrackingMoreApi>> ALL = Map.ofEntries(
            Map.entry("createTracking", api -> api.createTracking(key())),
            Map.entry("getTracking", api -> api.getTracking("singapore-post", "RP893531375SG")),
            Map.entry("updateTracking", api -> api.updateTracking("singapore-post", "RP893531375SG",
                    new TrackingUpdate().title("iphone6"))),
            Map.entry("deleteTracking", api -> api.deleteTracking("singapore-post", "RP893531375SG")),
            Map.entry("createTrackingsBatch", api -> api.createTrackingsBatch(List.of(key()))),
            Map.entry("listTrackings", api -> api.listTrackings(null, null, null, null, null, null, null,
                    null, null, null, null, null, null)),
            Map.entry("updateTrackingsBatch", api -> api.updateTrackingsBatch(List.of(new TrackingUpdateItem()
                    .trackingNumber("RP893531375SG").carrierCode("singapore-post").title("iphone6")))),
            Map.entry("deleteTrackingsBatch", api -> api.deleteTrackingsBatch(List.of(trackingKey()))),
            Map.entry("getRealtimeTracking", api -> api.getRealtimeTracking(new RealtimeQuery()
                    .trackingNumber("LB181539674SG").carrierCode("cainiao"))),
            Map.entry("updateCarrierCode", api -> api.updateCarrierCode(new CarrierCodeChange()
                    .trackingNumber("LK664578623CN").carrierCode("china-ems").updateCarrierCode("usps"))),
            Map.entry("getUserInfo", TrackingMoreApi::getUserInfo),
            Map.entry("getStatusCounts", api -> api.getStatusCounts(null, null, null, null)),
            Map.entry("markNotUpdated", api -> api.markNotUpdated(List.of(trackingKey()))),
            Map.entry("checkRemoteArea", api -> api.checkRemoteArea(List.of(new RemoteAreaQuery()
                    .country("Japan").postcode("7621094")))),
            Map.entry("getTransitTime", api -> api.getTransitTime(List.of(new TransitTimeQuery()
                    .carrierCode("dhl").original("CN").destination("US")))),
            Map.entry("getAirCargoTracking", api -> api.getAirCargoTracking(new AirCargoQuery()
                    .trackNumber(List.of("172-28891936")))));

    private Operations() {
    }

    private static NewTracking key() {
        return new NewTracking().trackingNumber("RP893531375SG").carrierCode("singapore-post");
    }

    private static TrackingKey trackingKey() {
        return new TrackingKey().trackingNumber("RP893531375SG").carrierCode("singapore-post");
    }
}
