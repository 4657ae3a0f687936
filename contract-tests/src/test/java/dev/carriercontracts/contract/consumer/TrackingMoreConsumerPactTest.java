package dev.carriercontracts.contract.consumer;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.carriercontracts.client.trackingmore.TrackingMoreClient;
import dev.carriercontracts.client.trackingmore.TrackingMoreException;
import dev.carriercontracts.client.trackingmore.api.TrackingMoreApi;
import dev.carriercontracts.client.trackingmore.model.AirCargoQuery;
import dev.carriercontracts.client.trackingmore.model.BatchCreateResult;
import dev.carriercontracts.client.trackingmore.model.BatchUpdateResult;
import dev.carriercontracts.client.trackingmore.model.CarrierCodeChange;
import dev.carriercontracts.client.trackingmore.model.NewTracking;
import dev.carriercontracts.client.trackingmore.model.RealtimeQuery;
import dev.carriercontracts.client.trackingmore.model.RemoteAreaQuery;
import dev.carriercontracts.client.trackingmore.model.Tracking;
import dev.carriercontracts.client.trackingmore.model.TrackingKey;
import dev.carriercontracts.client.trackingmore.model.TrackingPage;
import dev.carriercontracts.client.trackingmore.model.TrackingStatus;
import dev.carriercontracts.client.trackingmore.model.TrackingUpdate;
import dev.carriercontracts.client.trackingmore.model.TrackingUpdateItem;
import dev.carriercontracts.client.trackingmore.model.TransitTimeQuery;
import dev.carriercontracts.client.trackingmore.model.UserInfo;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static dev.carriercontracts.contract.consumer.PactConventions.NO_RETRIES;
import static dev.carriercontracts.contract.consumer.TrackingMoreBodies.CARRIER;
import static dev.carriercontracts.contract.consumer.TrackingMoreBodies.NUMBER;
import static dev.carriercontracts.contract.consumer.TrackingMoreBodies.OTHER_CARRIER;
import static dev.carriercontracts.contract.consumer.TrackingMoreBodies.OTHER_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the generated TrackingMore client expects from TrackingMore v2: every operation of
 * carrier-specs/trackingmore.yaml, its success and its main errors (unknown API key, unknown carrier code,
 * unknown tracking, and the per-item errors batch calls report inside HTTP 200), as a pact between
 * carrier-client-trackingmore and trackingmore. Provider states: ../../PROVIDER_STATES.md.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = TrackingMoreConsumerPactTest.PROVIDER, pactVersion = PactSpecVersion.V4)
class TrackingMoreConsumerPactTest {

    static final String PROVIDER = "trackingmore";
    static final String CONSUMER = "carrier-client-trackingmore";
    private static final String BASE_PATH = "/trackingmore/v2";
    private static final String API_KEY_HEADER = "Trackingmore-Api-Key";
    private static final String API_KEY = "YOUR_API_KEY";
    private static final String UNKNOWN_API_KEY = "not-a-trackingmore-api-key";

    private static final String TRACKING_EXISTS = "a TrackingMore tracking exists";
    private static final Map<String, Object> SINGAPORE_POST = Map.of("credential", API_KEY, "carrierCode", CARRIER, "trackingNumber", NUMBER);
    private static final Map<String, Object> CHINA_EMS = Map.of("credential", API_KEY, "carrierCode", OTHER_CARRIER, "trackingNumber", OTHER_NUMBER);

    // ---------------------------------------------------------------- single trackings

    @Pact(consumer = CONSUMER)
    V4Pact createTracking(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request to track a new shipment", http -> http
                .withRequest(post("/trackings/post", TrackingMoreBodies.newTracking(CARRIER, NUMBER)))
                .willRespondWith(res -> res.status(201).body(TrackingMoreBodies.trackingAnswer(201)))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createTracking")
    void a_new_tracking_is_created_pending(MockServer server) {
        Tracking tracking = client(server).createTracking(newTracking(CARRIER, NUMBER)).getData();

        assertThat(tracking.getTrackingNumber()).isEqualTo(NUMBER);
        assertThat(tracking.getStatus()).isEqualTo(TrackingStatus.PENDING);
        assertThat(tracking.getId()).isNotBlank();
    }

    @Pact(consumer = CONSUMER)
    V4Pact createTrackingOfUnknownCarrier(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request to track a shipment of an unknown carrier code", http -> http
                .withRequest(post("/trackings/post", TrackingMoreBodies.newTracking("no-such-carrier", NUMBER)))
                .willRespondWith(res -> res.status(400).body(TrackingMoreBodies.error(4015, "Bad Request",
                        "The value of `carrier_code` is invalid.")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createTrackingOfUnknownCarrier")
    void an_unknown_carrier_code_is_refused_with_4015(MockServer server) {
        assertRefused(() -> client(server).createTracking(newTracking("no-such-carrier", NUMBER)), 400, 4015);
    }

    @Pact(consumer = CONSUMER)
    V4Pact createTrackingWithUnknownApiKey(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request to track a new shipment with an unknown API key", http -> http
                .withRequest(req -> req.method("POST").path(BASE_PATH + "/trackings/post")
                        .header(API_KEY_HEADER, UNKNOWN_API_KEY)
                        .body(TrackingMoreBodies.newTracking(CARRIER, NUMBER)))
                .willRespondWith(res -> res.status(401).body(TrackingMoreBodies.error(4001, "Unauthorized", "Invalid API key.")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createTrackingWithUnknownApiKey")
    void an_unknown_api_key_is_refused_with_4001(MockServer server) {
        TrackingMoreApi api = TrackingMoreClient.create(server.getUrl() + BASE_PATH, UNKNOWN_API_KEY, NO_RETRIES);

        assertRefused(() -> api.createTracking(newTracking(CARRIER, NUMBER)), 401, 4001);
    }

    @Pact(consumer = CONSUMER)
    V4Pact getTracking(PactBuilder builder) {
        return builder.given(TRACKING_EXISTS, SINGAPORE_POST)
                .expectsToReceiveHttpInteraction("a request for a tracking", http -> http
                        .withRequest(request("GET", "/trackings/" + CARRIER + "/" + NUMBER))
                        .willRespondWith(res -> res.status(200).body(TrackingMoreBodies.trackingAnswer(200)))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getTracking")
    void a_tracking_is_read_by_carrier_code_and_number(MockServer server) {
        Tracking tracking = client(server).getTracking(CARRIER, NUMBER).getData();

        assertThat(tracking.getCarrierCode()).isEqualTo(CARRIER);
        assertThat(tracking.getStatus()).isNotNull().isNotEqualTo(TrackingStatus.UNKNOWN_DEFAULT_OPEN_API);
    }

    @Pact(consumer = CONSUMER)
    V4Pact getUnknownTracking(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for a tracking the account does not have", http -> http
                .withRequest(request("GET", "/trackings/" + CARRIER + "/" + NUMBER))
                .willRespondWith(res -> res.status(404).body(notFound()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getUnknownTracking")
    void reading_an_unknown_tracking_is_refused_with_4017(MockServer server) {
        assertRefused(() -> client(server).getTracking(CARRIER, NUMBER), 404, 4017);
    }

    @Pact(consumer = CONSUMER)
    V4Pact updateTracking(PactBuilder builder) {
        return builder.given(TRACKING_EXISTS, SINGAPORE_POST)
                .expectsToReceiveHttpInteraction("a request to change the title and order id of a tracking", http -> http
                        .withRequest(request("PUT", "/trackings/" + CARRIER + "/" + NUMBER).andThen(req -> req.body(TrackingMoreBodies.trackingUpdate())))
                        .willRespondWith(res -> res.status(200).body(TrackingMoreBodies.trackingAnswer(200)))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "updateTracking")
    void a_tracking_is_updated_in_place(MockServer server) {
        Tracking tracking = client(server).updateTracking(CARRIER, NUMBER, new TrackingUpdate().title("iphone6").orderId("#123")).getData();

        assertThat(tracking.getTrackingNumber()).isEqualTo(NUMBER);
    }

    @Pact(consumer = CONSUMER)
    V4Pact updateUnknownTracking(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request to change a tracking the account does not have", http -> http
                .withRequest(request("PUT", "/trackings/" + CARRIER + "/" + NUMBER).andThen(req -> req.body(TrackingMoreBodies.trackingUpdate())))
                .willRespondWith(res -> res.status(404).body(notFound()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "updateUnknownTracking")
    void updating_an_unknown_tracking_is_refused_with_4017(MockServer server) {
        assertRefused(() -> client(server).updateTracking(CARRIER, NUMBER, new TrackingUpdate().title("iphone6").orderId("#123")), 404, 4017);
    }

    @Pact(consumer = CONSUMER)
    V4Pact deleteTracking(PactBuilder builder) {
        return builder.given(TRACKING_EXISTS, SINGAPORE_POST)
                .expectsToReceiveHttpInteraction("a request to delete a tracking", http -> http
                        .withRequest(request("DELETE", "/trackings/" + CARRIER + "/" + NUMBER))
                        .willRespondWith(res -> res.status(200).body(TrackingMoreBodies.deleted()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "deleteTracking")
    void a_tracking_is_deleted(MockServer server) {
        assertThat(client(server).deleteTracking(CARRIER, NUMBER).getMeta().getCode()).isEqualTo(200);
    }

    @Pact(consumer = CONSUMER)
    V4Pact deleteUnknownTracking(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request to delete a tracking the account does not have", http -> http
                .withRequest(request("DELETE", "/trackings/" + CARRIER + "/" + NUMBER))
                .willRespondWith(res -> res.status(404).body(notFound()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "deleteUnknownTracking")
    void deleting_an_unknown_tracking_is_refused_with_4017(MockServer server) {
        assertRefused(() -> client(server).deleteTracking(CARRIER, NUMBER), 404, 4017);
    }

    @Pact(consumer = CONSUMER)
    V4Pact realtimeTracking(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a real-time query of a shipment", http -> http
                .withRequest(post("/trackings/realtime", TrackingMoreBodies.realtimeQuery()))
                .willRespondWith(res -> res.status(200).body(TrackingMoreBodies.realtime()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "realtimeTracking")
    void a_real_time_query_returns_the_fresh_tracking(MockServer server) {
        List<Tracking> items = client(server).getRealtimeTracking(new RealtimeQuery()
                .trackingNumber("LB181539674SG").carrierCode("cainiao").destinationCode("US").lang("en")).getData().getItems();

        assertThat(items).isNotEmpty().allSatisfy(tracking -> assertThat(tracking.getStatus()).isNotNull());
    }

    @Pact(consumer = CONSUMER)
    V4Pact changeCarrierCode(PactBuilder builder) {
        return builder.given(TRACKING_EXISTS, CHINA_EMS)
                .expectsToReceiveHttpInteraction("a request to change the carrier code of a tracking", http -> http
                        .withRequest(post("/trackings/update", TrackingMoreBodies.carrierCodeChange()))
                        .willRespondWith(res -> res.status(200).body(TrackingMoreBodies.carrierCodeChanged()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "changeCarrierCode")
    void the_carrier_code_of_a_tracking_is_changed(MockServer server) {
        assertThat(client(server).updateCarrierCode(carrierCodeChange()).getMeta().getCode()).isEqualTo(200);
    }

    @Pact(consumer = CONSUMER)
    V4Pact changeCarrierCodeOfUnknownTracking(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request to change the carrier code of a tracking the account does not have", http -> http
                .withRequest(post("/trackings/update", TrackingMoreBodies.carrierCodeChange()))
                .willRespondWith(res -> res.status(404).body(notFound()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "changeCarrierCodeOfUnknownTracking")
    void changing_the_carrier_code_of_an_unknown_tracking_is_refused_with_4017(MockServer server) {
        assertRefused(() -> client(server).updateCarrierCode(carrierCodeChange()), 404, 4017);
    }

    // ---------------------------------------------------------------- batches

    @Pact(consumer = CONSUMER)
    V4Pact createTrackingsBatch(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a batch of one new shipment to track", http -> http
                .withRequest(post("/trackings/batch", TrackingMoreBodies.newTrackings(CARRIER, NUMBER)))
                .willRespondWith(res -> res.status(201).body(TrackingMoreBodies.batchCreated(201, 1, null)))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createTrackingsBatch")
    void a_batch_create_reports_how_many_trackings_were_added(MockServer server) {
        BatchCreateResult result = client(server).createTrackingsBatch(List.of(newTracking(CARRIER, NUMBER))).getData();

        assertThat(result.getAdded()).isEqualTo(1);
        assertThat(result.getTrackings()).isNotEmpty();
    }

    @Pact(consumer = CONSUMER)
    V4Pact createTrackingsBatchOfExistingTracking(PactBuilder builder) {
        return builder.given(TRACKING_EXISTS, SINGAPORE_POST)
                .expectsToReceiveHttpInteraction("a batch of one shipment that is already tracked", http -> http
                        .withRequest(post("/trackings/batch", TrackingMoreBodies.newTrackings(CARRIER, NUMBER)))
                        .willRespondWith(res -> res.status(200).body(TrackingMoreBodies.batchCreated(200, 0, 4016)))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createTrackingsBatchOfExistingTracking")
    void a_batch_of_existing_trackings_succeeds_with_4016_per_item_inside_http_200(MockServer server) {
        BatchCreateResult result = client(server).createTrackingsBatch(List.of(newTracking(CARRIER, NUMBER))).getData();

        assertThat(result.getAdded()).isZero();
        assertThat(result.getErrors()).isNotEmpty().allSatisfy(error -> assertThat(error.getCode()).isEqualTo(4016));
    }

    @Pact(consumer = CONSUMER)
    V4Pact listTrackings(PactBuilder builder) {
        return builder.given(TRACKING_EXISTS, SINGAPORE_POST)
                .expectsToReceiveHttpInteraction("a request for the first page of trackings", http -> http
                        .withRequest(request("GET", "/trackings/get").andThen(req -> req
                                .queryParameter("page", "1").queryParameter("limit", "25")))
                        .willRespondWith(res -> res.status(200).body(TrackingMoreBodies.page()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "listTrackings")
    void trackings_are_listed_by_page(MockServer server) {
        TrackingPage page = client(server).listTrackings(1, 25, null, null, null, null, null, null, null, null, null, null, null).getData();

        assertThat(page.getItems()).isNotEmpty();
        assertThat(page.getTotal()).containsOnlyDigits();
    }

    @Pact(consumer = CONSUMER)
    V4Pact updateTrackingsBatch(PactBuilder builder) {
        return builder.given(TRACKING_EXISTS, SINGAPORE_POST)
                .expectsToReceiveHttpInteraction("a batch update of a known and an unknown tracking", http -> http
                        .withRequest(post("/trackings/updatemore", TrackingMoreBodies.trackingUpdates()))
                        .willRespondWith(res -> res.status(200).body(TrackingMoreBodies.batchUpdated()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "updateTrackingsBatch")
    void a_batch_update_reports_unknown_trackings_with_4017_inside_http_200(MockServer server) {
        BatchUpdateResult result = client(server).updateTrackingsBatch(List.of(
                new TrackingUpdateItem().trackingNumber(NUMBER).carrierCode(CARRIER).title("iphone6"),
                new TrackingUpdateItem().trackingNumber(OTHER_NUMBER).carrierCode(OTHER_CARRIER).title("iphone7"))).getData();

        assertThat(result.getUpdated()).isEqualTo(1);
        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getCode()).isEqualTo(4017);
            assertThat(error.getTrackingNumber()).isEqualTo(OTHER_NUMBER);
        });
    }

    @Pact(consumer = CONSUMER)
    V4Pact deleteTrackingsBatch(PactBuilder builder) {
        return builder.given(TRACKING_EXISTS, SINGAPORE_POST)
                .expectsToReceiveHttpInteraction("a batch delete of a tracking", http -> http
                        .withRequest(post("/trackings/delete", TrackingMoreBodies.trackingKeys()))
                        .willRespondWith(res -> res.status(200).body(TrackingMoreBodies.batchDone("deleted")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "deleteTrackingsBatch")
    void a_batch_delete_reports_how_many_trackings_were_deleted(MockServer server) {
        assertThat(client(server).deleteTrackingsBatch(List.of(trackingKey())).getData().getDeleted()).isEqualTo(1);
    }

    @Pact(consumer = CONSUMER)
    V4Pact markNotUpdated(PactBuilder builder) {
        return builder.given(TRACKING_EXISTS, SINGAPORE_POST)
                .expectsToReceiveHttpInteraction("a request to stop updating a tracking", http -> http
                        .withRequest(post("/trackings/notupdate", TrackingMoreBodies.trackingKeys()))
                        .willRespondWith(res -> res.status(200).body(TrackingMoreBodies.batchDone("change")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "markNotUpdated")
    void trackings_can_be_marked_as_not_updated(MockServer server) {
        assertThat(client(server).markNotUpdated(List.of(trackingKey())).getData().getChange()).isEqualTo(1);
    }

    // ---------------------------------------------------------------- account and utilities

    @Pact(consumer = CONSUMER)
    V4Pact userInfo(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for the account info", http -> http
                .withRequest(request("GET", "/trackings/getuserinfo"))
                .willRespondWith(res -> res.status(200).body(TrackingMoreBodies.userInfo()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "userInfo")
    void account_info_shows_the_remaining_quota(MockServer server) {
        UserInfo user = client(server).getUserInfo().getData();

        assertThat(user.getEmail()).isNotBlank();
        assertThat(user.getTrackNumber()).isNotNull();
    }

    @Pact(consumer = CONSUMER)
    V4Pact userInfoWithUnknownApiKey(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for the account info with an unknown API key", http -> http
                .withRequest(req -> req.method("GET").path(BASE_PATH + "/trackings/getuserinfo").header(API_KEY_HEADER, UNKNOWN_API_KEY))
                .willRespondWith(res -> res.status(401).body(TrackingMoreBodies.error(4001, "Unauthorized", "Invalid API key.")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "userInfoWithUnknownApiKey")
    void account_info_with_an_unknown_api_key_is_refused_with_4001(MockServer server) {
        TrackingMoreApi api = TrackingMoreClient.create(server.getUrl() + BASE_PATH, UNKNOWN_API_KEY, NO_RETRIES);

        assertRefused(api::getUserInfo, 401, 4001);
    }

    @Pact(consumer = CONSUMER)
    V4Pact statusCounts(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for the number of trackings per status", http -> http
                .withRequest(request("GET", "/trackings/getstatusnumber"))
                .willRespondWith(res -> res.status(200).body(TrackingMoreBodies.statusCounts()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "statusCounts")
    void trackings_are_counted_per_status(MockServer server) {
        assertThat(client(server).getStatusCounts(null, null, null, null).getData().getDelivered()).isNotNull();
    }

    @Pact(consumer = CONSUMER)
    V4Pact remoteArea(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a remote-area check of an address", http -> http
                .withRequest(post("/trackings/remote", TrackingMoreBodies.remoteAreaQueries()))
                .willRespondWith(res -> res.status(200).body(TrackingMoreBodies.remoteAreas()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "remoteArea")
    void an_address_is_checked_for_remote_areas(MockServer server) {
        assertThat(client(server).checkRemoteArea(List.of(new RemoteAreaQuery().country("Japan").postcode("7621094"))).getData())
                .isNotEmpty().allSatisfy(area -> assertThat(area.getRemote()).isNotNull());
    }

    @Pact(consumer = CONSUMER)
    V4Pact transitTime(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for the transit times of a carrier on a route", http -> http
                .withRequest(post("/trackings/costtime", TrackingMoreBodies.transitTimeQueries()))
                .willRespondWith(res -> res.status(200).body(TrackingMoreBodies.transitTimes()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "transitTime")
    void transit_times_are_given_per_route(MockServer server) {
        assertThat(client(server).getTransitTime(List.of(new TransitTimeQuery().carrierCode("dhl").original("CN").destination("US"))).getData())
                .isNotEmpty().allSatisfy(route -> assertThat(route.getTotal()).isNotNull());
    }

    @Pact(consumer = CONSUMER)
    V4Pact airCargo(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for the tracking of an air waybill", http -> http
                .withRequest(post("/trackings/aircargo", TrackingMoreBodies.airCargoQuery()))
                .willRespondWith(res -> res.status(200).body(TrackingMoreBodies.airWaybills()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "airCargo")
    void an_air_waybill_is_tracked_by_its_events(MockServer server) {
        assertThat(client(server).getAirCargoTracking(new AirCargoQuery().trackNumber(List.of("172-28891936")).lang("en")).getData())
                .singleElement().satisfies(waybill -> assertThat(waybill.getTrackInfo()).isNotEmpty());
    }

    // ---------------------------------------------------------------- helpers

    private static TrackingMoreApi client(MockServer server) {
        return TrackingMoreClient.create(server.getUrl() + BASE_PATH, API_KEY, NO_RETRIES);
    }

    private static RequestStep request(String method, String path) {
        return req -> req.method(method).path(BASE_PATH + path).header(API_KEY_HEADER, API_KEY);
    }

    private static RequestStep post(String path, DslPart body) {
        return request("POST", path).andThen(req -> req.body(body));
    }

    private static DslPart notFound() {
        return TrackingMoreBodies.error(4017, "Bad Request", "Tracking does not exist.");
    }

    private static NewTracking newTracking(String carrierCode, String trackingNumber) {
        return new NewTracking().trackingNumber(trackingNumber).carrierCode(carrierCode).title("title 1").orderId("213456").lang("en");
    }

    private static TrackingKey trackingKey() {
        return new TrackingKey().trackingNumber(NUMBER).carrierCode(CARRIER);
    }

    private static CarrierCodeChange carrierCodeChange() {
        return new CarrierCodeChange().trackingNumber(OTHER_NUMBER).carrierCode(OTHER_CARRIER).updateCarrierCode("usps");
    }

    private static void assertRefused(ThrowingCallable call, int status, int metaCode) {
        assertThatThrownBy(call).isInstanceOfSatisfying(TrackingMoreException.class, refused -> {
            assertThat(refused.status()).isEqualTo(status);
            assertThat(refused.metaCode()).isEqualTo(metaCode);
        });
    }
}
