package dev.carriercontracts.contract.acceptance;

import dev.carriercontracts.client.packagetracking.PackageTrackingClient;
import dev.carriercontracts.client.packagetracking.PackageTrackingException;
import dev.carriercontracts.client.packagetracking.api.PackageTrackingApi;
import dev.carriercontracts.client.packagetracking.model.ResultCode;
import dev.carriercontracts.client.packagetracking.model.Trace;
import dev.carriercontracts.client.packagetracking.model.TrackingData;
import dev.carriercontracts.client.packagetracking.model.TrackingQuery;
import dev.carriercontracts.client.packagetracking.model.TrackingStatus;
import dev.carriercontracts.contract.provider.AdminClient;
import dev.carriercontracts.contract.provider.ProviderUnderTest;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.clock.MockClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The generated package-tracking client, built by its own factory as other teams build it, against the mock
 * server in-process: a shipment tracked to delivery and each failure path the magic values ask for, on the
 * virtual clock (moved through the admin API); and once on real time with the default delays.
 */
class PackageTrackingAcceptanceTest {

    private static final String API_KEY = "pt-test-api-key";

    private static ProviderUnderTest provider;
    private static AdminClient admin;
    private static PackageTrackingApi tracking;

    @BeforeAll
    static void start() {
        provider = ProviderUnderTest.start();
        admin = provider.admin();
        tracking = PackageTrackingClient.create(provider.baseUrl(Carrier.PACKAGE_TRACKING), API_KEY);
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @BeforeEach
    void reset() {
        admin.resetAll();
    }

    private static TrackingData query(PackageTrackingApi api, String expCode, String expNo) {
        return api.queryTracking(new TrackingQuery().expCode(expCode).expNo(expNo)).getData();
    }

    private static TrackingData awaitStatus(PackageTrackingApi api, String expNo, TrackingStatus status) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> query(api, "shunfeng", expNo), data -> data.getStatus() == status);
    }

    @Test
    void a_shipment_is_tracked_from_collection_to_delivery_its_traces_growing_newest_first() {
        TrackingData collected = query(tracking, "shunfeng", "SF1234567890");
        assertThat(collected.getStatus()).isEqualTo(TrackingStatus.COLLECTED);
        assertThat(collected.getTraces()).hasSize(1);

        admin.advanceClock(Duration.ofMillis(500));
        TrackingData inTransit = awaitStatus(tracking, "SF1234567890", TrackingStatus.IN_TRANSIT);
        assertThat(inTransit.getTraces()).hasSize(2);

        admin.advanceClock(Duration.ofSeconds(2));
        TrackingData out = awaitStatus(tracking, "SF1234567890", TrackingStatus.OUT_FOR_DELIVERY);
        assertThat(out.getStatusDesc()).startsWith("快件正在派送中");

        admin.advanceClock(Duration.ofMillis(500));
        TrackingData delivered = awaitStatus(tracking, "SF1234567890", TrackingStatus.DELIVERED);
        assertThat(delivered.getStatusDesc()).isEqualTo("快件已签收");
        assertThat(delivered.getTraces()).hasSize(7);
        assertThat(delivered.getTraces().get(0).getDesc()).isEqualTo("已签收");
        assertThat(delivered.getTraces()).extracting(Trace::getTime).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(delivered.getTraces().get(6)).isEqualTo(collected.getTraces().get(0));
    }

    @Test
    void an_exception_number_ends_as_a_problem_parcel() {
        assertThat(query(tracking, "shunfeng", "EXCEPTION-0001").getStatus()).isEqualTo(TrackingStatus.COLLECTED);

        admin.advanceClock(Duration.ofMinutes(1));

        TrackingData held = awaitStatus(tracking, "EXCEPTION-0001", TrackingStatus.EXCEPTION);
        assertThat(held.getStatusDesc()).startsWith("快件异常：外包装破损");
        assertThat(held.getTraces()).hasSize(4);
    }

    @Test
    void a_return_number_is_refused_at_delivery_and_ends_back_with_the_sender() {
        query(tracking, "shunfeng", "RETURN-0001");

        admin.advanceClock(Duration.ofMinutes(1));

        TrackingData returned = awaitStatus(tracking, "RETURN-0001", TrackingStatus.RETURNED);
        assertThat(returned.getStatusDesc()).isEqualTo("快件已退回，寄件人已签收");
        assertThat(returned.getTraces()).extracting(Trace::getDesc).contains("派送失败：收件人拒收，快件将退回寄件人");
    }

    @Test
    void an_unknown_number_is_a_typed_not_found() {
        assertThatThrownBy(() -> query(tracking, "shunfeng", "NOTFOUND-0001"))
                .isInstanceOfSatisfying(PackageTrackingException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.resultCode()).isEqualTo(ResultCode.NOT_FOUND);
                    assertThat(e.carrierMessage()).isEqualTo("no tracking information for shunfeng NOTFOUND-0001");
                });
    }

    @Test
    void an_unsupported_carrier_code_is_a_typed_param_error() {
        assertThatThrownBy(() -> query(tracking, "no-such-carrier", "SF1234567890"))
                .isInstanceOfSatisfying(PackageTrackingException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.resultCode()).isEqualTo(ResultCode.PARAM_ERROR);
                    assertThat(e.carrierMessage()).isEqualTo("expCode not supported: no-such-carrier");
                });
    }

    @Test
    void an_unknown_api_key_is_a_typed_unauthorized() {
        PackageTrackingApi stranger = PackageTrackingClient.create(provider.baseUrl(Carrier.PACKAGE_TRACKING), "not-a-key");

        assertThatThrownBy(() -> query(stranger, "shunfeng", "SF1234567890"))
                .isInstanceOfSatisfying(PackageTrackingException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.resultCode()).isEqualTo(ResultCode.UNAUTHORIZED);
                });
    }

    @Test
    void on_real_time_with_the_default_delays_a_shipment_is_delivered_within_seconds() {
        try (MockServer realTime = MockServer.builder().host("127.0.0.1").port(0).clock(MockClock.system()).build().start()) {
            PackageTrackingApi api = PackageTrackingClient.create(realTime.baseUrl(Carrier.PACKAGE_TRACKING), API_KEY);

            TrackingData first = query(api, "shunfeng", "SF1234567890");
            assertThat(first.getStatus()).isNotEqualTo(TrackingStatus.DELIVERED);

            TrackingData delivered = awaitStatus(api, "SF1234567890", TrackingStatus.DELIVERED);
            assertThat(delivered.getTraces()).hasSize(7);
            assertThat(delivered.getTraces().get(6)).isEqualTo(first.getTraces().get(first.getTraces().size() - 1));
        }
    }
}
