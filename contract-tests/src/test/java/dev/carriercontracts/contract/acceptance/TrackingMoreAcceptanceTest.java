package dev.carriercontracts.contract.acceptance;

import dev.carriercontracts.client.core.ClientOptions;
import dev.carriercontracts.client.core.RetryPolicy;
import dev.carriercontracts.client.trackingmore.TrackingMoreClient;
import dev.carriercontracts.client.trackingmore.TrackingMoreException;
import dev.carriercontracts.client.trackingmore.api.TrackingMoreApi;
import dev.carriercontracts.client.trackingmore.model.AirCargoQuery;
import dev.carriercontracts.client.trackingmore.model.BatchCreateResult;
import dev.carriercontracts.client.trackingmore.model.Checkpoint;
import dev.carriercontracts.client.trackingmore.model.ManualTrackingStatus;
import dev.carriercontracts.client.trackingmore.model.NewTracking;
import dev.carriercontracts.client.trackingmore.model.RealtimeQuery;
import dev.carriercontracts.client.trackingmore.model.Tracking;
import dev.carriercontracts.client.trackingmore.model.TrackingStatus;
import dev.carriercontracts.client.trackingmore.model.TrackingUpdate;
import dev.carriercontracts.contract.provider.AdminClient;
import dev.carriercontracts.contract.provider.ProviderUnderTest;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.config.ConfigLoader;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The generated TrackingMore client, built with its own factory, against the mock server: a shipment from
 * registration to delivery, each unhappy ending asked for with a magic tracking number, TrackingMore's refusals
 * as the client surfaces them; on the virtual clock moved through the admin API, and once on real time.
 */
class TrackingMoreAcceptanceTest {

    private static final String API_KEY = "YOUR_API_KEY";
    private static final ClientOptions NO_RETRIES = ClientOptions.defaults().withRetryPolicy(RetryPolicy.disabled());

    private static ProviderUnderTest provider;
    private static AdminClient admin;
    private static TrackingMoreApi trackingmore;

    @BeforeAll
    static void start() {
        provider = ProviderUnderTest.start();
        admin = provider.admin();
        trackingmore = TrackingMoreClient.create(provider.baseUrl(Carrier.TRACKINGMORE), API_KEY, NO_RETRIES);
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @BeforeEach
    void reset() {
        admin.resetAll();
    }

    private static NewTracking shipment(String carrierCode, String number) {
        return new NewTracking().trackingNumber(number).carrierCode(carrierCode).title("title 1").orderId("213456")
                .destinationCode("cn").customerEmail("buyer1@example.com");
    }

    private static TrackingStatus statusOf(TrackingMoreApi api, String carrierCode, String number) {
        return api.getTracking(carrierCode, number).getData().getStatus();
    }

    private static void awaitStatus(String carrierCode, String number, TrackingStatus expected) {
        await().atMost(Duration.ofSeconds(5)).until(() -> statusOf(trackingmore, carrierCode, number), s -> s == expected);
    }

    @Test
    void a_shipment_is_tracked_from_registration_to_delivery() {
        Tracking created = trackingmore.createTracking(shipment("singapore-post", "RP893531375SG")).getData();
        assertThat(created.getStatus()).isEqualTo(TrackingStatus.PENDING);
        assertThat(trackingmore.getUserInfo().getData().getTrackNumber()).isEqualTo(9998L);

        admin.advanceClock(Duration.ofMinutes(10));
        awaitStatus("singapore-post", "RP893531375SG", TrackingStatus.TRANSIT);
        admin.advanceClock(Duration.ofMinutes(30));
        awaitStatus("singapore-post", "RP893531375SG", TrackingStatus.PICKUP);
        admin.advanceClock(Duration.ofMinutes(20));
        awaitStatus("singapore-post", "RP893531375SG", TrackingStatus.DELIVERED);

        Tracking delivered = trackingmore.getTracking("singapore-post", "RP893531375SG").getData();
        assertThat(delivered.getId()).isEqualTo(created.getId());
        assertThat(delivered.getOriginInfo().getTrackinfo()).extracting(Checkpoint::getCheckpointStatus)
                .containsExactly(TrackingStatus.DELIVERED, TrackingStatus.PICKUP, TrackingStatus.TRANSIT);
        assertThat(delivered.getTrackUpdate()).isFalse();
        assertThat(trackingmore.getStatusCounts(null, null, null, null).getData().getDelivered()).isEqualTo(1L);
        assertThat(trackingmore.listTrackings(1, 25, null, null, null, null, null, null, null, null, null, null, null)
                .getData().getItems()).extracting(Tracking::getTrackingNumber).containsExactly("RP893531375SG");
    }

    @ParameterizedTest(name = "{0} ends {1}")
    @CsvSource({
            "NOTFOUND12345, NOT_FOUND, PT10M",
            "EXCEPTION12345, EXCEPTION, PT40M",
            "UNDELIVERED12345, UNDELIVERED, PT1H",
            "EXPIRED12345, EXPIRED, PT2H10M"})
    void a_magic_tracking_number_ends_in_its_unhappy_status(String number, TrackingStatus ending, Duration after) {
        trackingmore.createTracking(shipment("china-ems", number));

        admin.advanceClock(after);

        awaitStatus("china-ems", number, ending);
    }

    @Test
    void a_real_time_query_returns_fresh_carrier_news_for_a_new_number() {
        List<Tracking> items = trackingmore.getRealtimeTracking(new RealtimeQuery().trackingNumber("LB181539674SG")
                .carrierCode("cainiao").destinationCode("US").lang("en")).getData().getItems();

        assertThat(items).singleElement().satisfies(t -> {
            assertThat(t.getStatus()).isEqualTo(TrackingStatus.TRANSIT);
            assertThat(t.getOriginInfo().getTrackinfo()).hasSize(1);
        });
        assertThat(statusOf(trackingmore, "cainiao", "LB181539674SG")).isEqualTo(TrackingStatus.TRANSIT);
    }

    @Test
    void a_merchant_marks_a_shipment_delivered_and_takes_the_mark_back() {
        trackingmore.createTracking(shipment("usps", "9400100000000000000000"));

        assertThat(trackingmore.updateTracking("usps", "9400100000000000000000", new TrackingUpdate().status(ManualTrackingStatus.DELIVERED)).getData().getStatus())
                .isEqualTo(TrackingStatus.DELIVERED);
        assertThat(trackingmore.updateTracking("usps", "9400100000000000000000", new TrackingUpdate().status(ManualTrackingStatus.RESTORE_AUTOMATIC)).getData().getStatus())
                .isEqualTo(TrackingStatus.PENDING);
    }

    @Test
    void a_batch_creates_new_shipments_and_reports_existing_ones_with_4016() {
        trackingmore.createTracking(shipment("china-ems", "LK894734223CN"));

        BatchCreateResult result = trackingmore.createTrackingsBatch(List.of(shipment("singapore-post", "RP893531375SG"),
                shipment("china-ems", "LK894734223CN"))).getData();

        assertThat(result.getAdded()).isEqualTo(1);
        assertThat(result.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getCode()).isEqualTo(4016);
            assertThat(e.getTrackingNumber()).isEqualTo("LK894734223CN");
        });
    }

    @Test
    void trackingmores_refusals_reach_the_caller_with_their_codes() {
        trackingmore.createTracking(shipment("dhl", "1234567890"));

        assertRefused(() -> trackingmore.createTracking(shipment("dhl", "1234567890")), 400, 4016);
        assertRefused(() -> trackingmore.createTracking(shipment("no-such-carrier", "1234567890")), 400, 4015);
        assertRefused(() -> trackingmore.createTracking(shipment("dhl", "12345 67890")), 400, 4014);
        assertRefused(() -> trackingmore.getTracking("dhl", "0000000000"), 404, 4017);
        assertRefused(() -> trackingmore.getAirCargoTracking(new AirCargoQuery().trackNumber(List.of("172-28891930"))), 400, 4014);
        TrackingMoreApi unknownKey = TrackingMoreClient.create(provider.baseUrl(Carrier.TRACKINGMORE), "not-a-key", NO_RETRIES);
        assertRefused(unknownKey::getUserInfo, 401, 4001);
    }

    /** Real time and real waiting: delays of one second each (config), a parcel delivered in about three. */
    @Test
    void on_real_time_a_shipment_is_delivered_when_its_delays_have_passed() {
        String config = """
                carriers:
                  trackingmore:
                    delays: {transit: PT1S, pickup: PT1S, delivered: PT1S}
                """;
        try (MockServer server = MockServer.builder().host("127.0.0.1").port(0)
                .config(new ConfigLoader().fromYaml(config, "real-time acceptance"))
                .clock(MockClock.system()).build().start()) {
            TrackingMoreApi api = TrackingMoreClient.create(server.baseUrl(Carrier.TRACKINGMORE), API_KEY, NO_RETRIES);

            api.createTracking(shipment("dhl", "1234567890"));
            assertThat(statusOf(api, "dhl", "1234567890")).isIn(TrackingStatus.PENDING, TrackingStatus.TRANSIT);

            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                    .until(() -> statusOf(api, "dhl", "1234567890"), s -> s == TrackingStatus.DELIVERED);
            assertThat(api.getTracking("dhl", "1234567890").getData().getOriginInfo().getTrackinfo()).hasSize(3);
        }
    }

    private static void assertRefused(ThrowingCallable call, int status, int metaCode) {
        assertThatThrownBy(call).isInstanceOfSatisfying(TrackingMoreException.class, refused -> {
            assertThat(refused.status()).isEqualTo(status);
            assertThat(refused.metaCode()).isEqualTo(metaCode);
        });
    }
}
