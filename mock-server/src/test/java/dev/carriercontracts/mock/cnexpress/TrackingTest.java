package dev.carriercontracts.mock.cnexpress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.carriercontracts.mock.cnexpress.CnExpressServers.PROCESSED;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.advance;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.createNo;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.get;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.order;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tracking: a live package's events appear with the clock from the instant its request Succeeded, until it is
 * delivered; test tracking numbers are never tracked (seed; spec choice 12).
 */
class TrackingTest {

    static MockServer server;
    static SpecCheckedClient live;

    @BeforeAll
    static void start() {
        server = CnExpressServers.started();
        live = CnExpressServers.live(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        CnExpressServers.reset(server);
    }

    private static String liveTrackingNo(ObjectNode order) {
        String no = createNo(live, order);
        advance(server, PROCESSED);
        return get(live, no).path("packages").get(0).path("tracking_no").asText();
    }

    @Test
    void a_live_package_has_its_first_event_as_soon_as_its_request_succeeds() {
        String tracking = liveTrackingNo(order(6));

        JsonNode answer = live.get("/tracking/" + tracking).send().json();

        assertThat(answer.path("tracking_no").asText()).isEqualTo(tracking);
        assertThat(answer.path("delivered").asBoolean()).isFalse();
        assertThat(answer.path("timestamp").asText()).isEqualTo("2026-01-01T00:00:04.000000Z");
        assertThat(answer.path("progress")).hasSize(1);
        assertThat(answer.path("progress").get(0).path("detail").asText()).isEqualTo("英国包裹信息与面单已生成");
        assertThat(answer.path("progress").get(0).path("time").asText()).isEqualTo("2026-01-01T00:00:04.000000Z");
    }

    @Test
    void events_appear_as_the_clock_moves() {
        String tracking = liveTrackingNo(order(6));

        advance(server, Duration.ofHours(22));
        JsonNode inChina = live.get("/tracking/" + tracking).send().json();
        advance(server, Duration.ofDays(11));
        JsonNode withCourier = live.get("/tracking/" + tracking).send().json();

        assertThat(inChina.path("progress").findValuesAsText("detail")).containsExactly(
                "英国包裹信息与面单已生成", "英国离开处理中心发往中国广州", "广州市到达广州白云机场 运往海关申报清关");
        assertThat(withCourier.path("progress").size()).isGreaterThan(inChina.path("progress").size());
        assertThat(withCourier.path("delivered").asBoolean()).isFalse();
        assertThat(withCourier.path("progress").get(4).path("time").asText()).endsWith("+08:00");
    }

    @Test
    void a_package_is_delivered_once_every_event_has_happened() {
        ObjectNode order = order(6);
        ((ObjectNode) order.get("packages").get(0)).put("receiver_city", "合肥");
        String tracking = liveTrackingNo(order);

        advance(server, Duration.ofDays(13));
        JsonNode delivered = live.get("/tracking/" + tracking).send().json();

        assertThat(delivered.path("delivered").asBoolean()).isTrue();
        assertThat(delivered.path("progress")).hasSize(13);
        assertThat(delivered.path("progress").get(12).path("detail").asText()).isEqualTo("[合肥公司]快件已被 已签收 签收");
        assertThat(delivered.path("progress").findValuesAsText("time").stream()
                .map(t -> java.time.OffsetDateTime.parse(t).toInstant()).toList()).isSorted();
    }

    @Test
    void a_live_package_is_tracked_whichever_account_asks() {
        String tracking = liveTrackingNo(order(6));

        HttpResult asTestAccount = CnExpressServers.me(server).get("/tracking/" + tracking).send();

        assertThat(asTestAccount.status()).isEqualTo(200);
        assertThat(asTestAccount.json().path("tracking_no").asText()).isEqualTo(tracking);
    }

    @Test
    void test_tracking_numbers_are_not_tracked() {
        SpecCheckedClient me = CnExpressServers.me(server);
        String no = createNo(me, order(6));
        advance(server, PROCESSED);
        String tracking = get(me, no).path("packages").get(0).path("tracking_no").asText();

        HttpResult answer = me.get("/tracking/" + tracking).send();

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("detail").asText()).isEqualTo("Not found.");
    }

    @Test
    void a_live_number_is_not_tracked_before_its_request_succeeds_nor_when_it_failed() {
        String pending = createNo(live, order(6));
        String failed = createNo(live, order(6).put("order_no", "FAIL"));
        String pendingTracking = "CNE" + pending.substring(10) + "01";
        String failedTracking = "CNE" + failed.substring(10) + "01";

        assertThat(live.get("/tracking/" + pendingTracking).send().status()).isEqualTo(404);
        advance(server, PROCESSED);
        assertThat(live.get("/tracking/" + pendingTracking).send().status()).isEqualTo(200);
        assertThat(live.get("/tracking/" + failedTracking).send().status()).isEqualTo(404);
    }

    @Test
    void unknown_and_malformed_numbers_are_not_found() {
        String tracking = liveTrackingNo(order(6));

        for (String unknown : new String[]{tracking.substring(0, 12) + "02", tracking.substring(0, 12) + "001", "CNE", "XXXXXXXXXX",
                "CNE99999999901", "CNEABCDEFGHI01"}) {
            assertThat(live.get("/tracking/" + unknown).send().status()).as(unknown).isEqualTo(404);
        }
    }
}
