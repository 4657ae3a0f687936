package dev.carriercontracts.contract.consumer;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;

import java.util.function.Consumer;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonArray;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static dev.carriercontracts.contract.consumer.PactConventions.ISO_DATE_TIME;
import static dev.carriercontracts.contract.consumer.PactConventions.oneOf;

/**
 * The TrackingMore bodies the consumer tests send and expect (spec: carrier-specs/trackingmore.yaml). Every
 * answer is the envelope {@code {meta: {code, type, message}, data}}; {@code meta.code} is what clients branch
 * on, so it is matched exactly, everything else by type and format.
 */
final class TrackingMoreBodies {

    static final String CARRIER = "singapore-post";
    static final String NUMBER = "RP893531375SG";
    static final String OTHER_CARRIER = "china-ems";
    static final String OTHER_NUMBER = "LK894734223CN";

    private static final String[] STATUSES = {"pending", "notfound", "transit", "pickup", "delivered", "undelivered",
            "exception", "expired"};
    private static final String STATUS = oneOf(STATUSES);

    private TrackingMoreBodies() {
    }

    static DslPart newTracking(String carrierCode, String trackingNumber) {
        return newJsonBody(o -> newTrackingFields(o, carrierCode, trackingNumber)).build();
    }

    static DslPart newTrackings(String carrierCode, String trackingNumber) {
        return newJsonArray(a -> a.object(o -> newTrackingFields(o, carrierCode, trackingNumber))).build();
    }

    static DslPart trackingUpdate() {
        return newJsonBody(o -> o.stringType("title", "iphone6").stringType("order_id", "#123")).build();
    }

    static DslPart trackingUpdates() {
        return newJsonArray(a -> a
                .object(o -> trackingKey(o, CARRIER, NUMBER).stringType("title", "iphone6"))
                .object(o -> trackingKey(o, OTHER_CARRIER, OTHER_NUMBER).stringType("title", "iphone7"))).build();
    }

    static DslPart trackingKeys() {
        return newJsonArray(a -> a.object(o -> trackingKey(o, CARRIER, NUMBER))).build();
    }

    static DslPart realtimeQuery() {
        return newJsonBody(o -> o.stringType("tracking_number", "LB181539674SG").stringType("carrier_code", "cainiao")
                .stringType("destination_code", "US").stringType("lang", "en")).build();
    }

    static DslPart carrierCodeChange() {
        return newJsonBody(o -> o.stringType("tracking_number", OTHER_NUMBER).stringType("carrier_code", OTHER_CARRIER)
                .stringType("update_carrier_code", "usps")).build();
    }

    static DslPart remoteAreaQueries() {
        return newJsonArray(a -> a.object(o -> o.stringType("country", "Japan").stringType("postcode", "7621094"))).build();
    }

    static DslPart transitTimeQueries() {
        return newJsonArray(a -> a.object(o -> o.stringType("carrier_code", "dhl").stringType("original", "CN")
                .stringType("destination", "US"))).build();
    }

    static DslPart airCargoQuery() {
        return newJsonBody(o -> o.array("track_number", a -> a.stringType("172-28891936")).stringType("lang", "en")).build();
    }

    // ---------------------------------------------------------------- answers

    /** One tracking in {@code data}, e.g. the answer to create (201) or get (200). */
    static DslPart trackingAnswer(int code) {
        return envelope(code, data -> data.object("data", TrackingMoreBodies::tracking));
    }

    static DslPart deleted() {
        return envelope(200, data -> data.array("data", a -> { }));
    }

    /** A batch create: {@code added} trackings created; per-item refusals in {@code errors} with their own code. */
    static DslPart batchCreated(int code, int added, Integer itemErrorCode) {
        return envelope(code, data -> data.object("data", result -> {
            result.integerType("submitted", 1).numberValue("added", added);
            if (added > 0) {
                result.minArrayLike("trackings", 1, TrackingMoreBodies::tracking);
            } else {
                result.array("trackings", a -> { });
            }
            if (itemErrorCode != null) {
                result.minArrayLike("errors", 1, error -> itemError(error, itemErrorCode, CARRIER, NUMBER));
            }
        }));
    }

    static DslPart page() {
        return envelope(200, data -> data.object("data", page -> page
                .integerType("page", 1)
                .integerType("limit", 25)
                .stringMatcher("total", "[0-9]+", "1")
                .minArrayLike("items", 1, TrackingMoreBodies::tracking)));
    }

    /** A batch update where one item is updated and one is unknown (4017 inside the HTTP 200). */
    static DslPart batchUpdated() {
        return envelope(200, data -> data.object("data", result -> result
                .integerType("submitted", 2)
                .integerType("updated", 1)
                .minArrayLike("trackings", 1, key -> trackingKey(key, CARRIER, NUMBER))
                .minArrayLike("errors", 1, error -> itemError(error, 4017, OTHER_CARRIER, OTHER_NUMBER))));
    }

    /** The answer of a batch call on known trackings: {@code countName} of them done, no item refused. */
    static DslPart batchDone(String countName) {
        return envelope(200, data -> data.object("data", result -> result
                .integerType("submitted", 1)
                .integerType(countName, 1)
                .minArrayLike("trackings", 1, key -> trackingKey(key, CARRIER, NUMBER))));
    }

    static DslPart realtime() {
        return envelope(200, data -> data.object("data", result -> result.minArrayLike("items", 1, TrackingMoreBodies::tracking)));
    }

    static DslPart carrierCodeChanged() {
        return envelope(200, data -> data.object("data", result -> { }));
    }

    static DslPart userInfo() {
        return envelope(200, data -> data.object("data", user -> user
                .stringType("email", "merchant@example.com")
                .stringMatcher("regtime", "[0-9]+", "1469097290")
                .numberType("money", 999)
                .integerType("track_number", 9999)));
    }

    static DslPart statusCounts() {
        return envelope(200, data -> data.object("data", counts -> {
            for (String status : STATUSES) {
                counts.integerType(status, 0);
            }
        }));
    }

    static DslPart remoteAreas() {
        return envelope(200, data -> data.minArrayLike("data", 1, area -> area
                .stringType("country", "Japan")
                .stringType("postcode", "7621094")
                .booleanType("remote", false)));
    }

    static DslPart transitTimes() {
        return envelope(200, data -> data.minArrayLike("data", 1, route -> route
                .stringType("carrier_code", "dhl")
                .stringType("original", "CN")
                .stringType("destination", "US")
                .integerType("total", 1520)
                .integerType("delivered", 1488)
                .numberType("range1", 91.2)));
    }

    static DslPart airWaybills() {
        return envelope(200, data -> data.minArrayLike("data", 1, waybill -> waybill
                .stringType("track_number", "172-28891936")
                .minArrayLike("track_info", 1, event -> event
                        .stringType("event", "Departed")
                        .stringType("station", "HKG"))));
    }

    /** An error: {@code meta.code} is TrackingMore's own code, {@code data} an empty array. */
    static DslPart error(int code, String type, String message) {
        return newJsonBody(o -> o
                .object("meta", meta -> meta.numberValue("code", code).stringType("type", type).stringType("message", message))
                .array("data", a -> { })).build();
    }

    private static DslPart envelope(int code, Consumer<LambdaDslObject> data) {
        return newJsonBody(o -> {
            o.object("meta", meta -> meta.numberValue("code", code)
                    .stringType("type", code == 201 ? "Created" : "Success")
                    .stringType("message", "Success"));
            data.accept(o);
        }).build();
    }

    private static void tracking(LambdaDslObject o) {
        o.stringType("id", "ec6150c0b7557eb3131578640e04f798")
                .stringType("tracking_number", NUMBER)
                .stringType("carrier_code", CARRIER)
                .stringMatcher("status", STATUS, "pending")
                .stringMatcher("created_at", ISO_DATE_TIME, "2018-04-18T07:26:14+00:00");
    }

    private static LambdaDslObject trackingKey(LambdaDslObject o, String carrierCode, String trackingNumber) {
        return o.stringType("tracking_number", trackingNumber).stringType("carrier_code", carrierCode);
    }

    private static void itemError(LambdaDslObject o, int code, String carrierCode, String trackingNumber) {
        o.stringType("tracking_number", trackingNumber)
                .stringType("carrier_code", carrierCode)
                .numberValue("code", code)
                .stringType("message", code == 4016 ? "Tracking already exists." : "Tracking does not exist.");
    }

    private static void newTrackingFields(LambdaDslObject o, String carrierCode, String trackingNumber) {
        o.stringType("tracking_number", trackingNumber)
                .stringType("carrier_code", carrierCode)
                .stringType("title", "title 1")
                .stringType("order_id", "213456")
                .stringType("lang", "en");
    }
}
