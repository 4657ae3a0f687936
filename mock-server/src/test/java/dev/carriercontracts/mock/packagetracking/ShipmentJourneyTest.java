package dev.carriercontracts.mock.packagetracking;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.carrier.EntityView;
import dev.carriercontracts.mock.carrier.StateChange;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.carriercontracts.mock.packagetracking.TrackingServers.API_KEY;
import static dev.carriercontracts.mock.packagetracking.TrackingServers.START;
import static dev.carriercontracts.mock.packagetracking.TrackingServers.tracked;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipment state machine on the clock: each journey step by step (slow configured delays, so each trace has
 * its own time), status and summary always the ones the latest trace implies.
 */
class ShipmentJourneyTest {

    static MockServer server;
    static SpecCheckedClient client;

    @BeforeAll
    static void start() {
        server = TrackingServers.started(TrackingServers.SLOW_DELAYS);
        client = TrackingServers.client(server, API_KEY);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.admin().resetAll();
        server.clock().freezeAt(START);
    }

    /** Queries the shipment at {@code offset} after its first query. */
    private static JsonNode at(Duration offset, String expCode, String expNo) {
        server.clock().freezeAt(START.plus(offset));
        return tracked(client, expCode, expNo);
    }

    private static String latest(JsonNode data) {
        return data.path("traces").get(0).path("desc").asText();
    }

    @Test
    void a_shipment_is_collected_travels_through_a_hub_goes_out_and_is_delivered() {
        JsonNode collected = tracked(client, "shunfeng", "SF1234567890");
        assertThat(collected.path("status").asText()).isEqualTo("已揽收");
        assertThat(at(Duration.ofHours(2).minusSeconds(1), "shunfeng", "SF1234567890")).isEqualTo(collected);

        JsonNode leftOrigin = at(Duration.ofHours(2), "shunfeng", "SF1234567890");
        assertThat(leftOrigin.path("status").asText()).isEqualTo("运输中");
        assertThat(leftOrigin.path("traces")).hasSize(2);
        assertThat(latest(leftOrigin)).matches("快件已从【(.+)转运中心】发出，准备发往【(.+)转运中心】");
        String hub = latest(leftOrigin).replaceAll(".*准备发往【(.+)转运中心】", "$1");

        JsonNode atHub = at(Duration.ofHours(5), "shunfeng", "SF1234567890");
        assertThat(atHub.path("status").asText()).isEqualTo("运输中");
        assertThat(latest(atHub)).isEqualTo("快件已到达【" + hub + "转运中心】");
        assertThat(atHub.path("statusDesc").asText()).isEqualTo("快件已到达【" + hub + "转运中心】，正发往下一站");

        JsonNode leftHub = at(Duration.ofHours(8), "shunfeng", "SF1234567890");
        assertThat(latest(leftHub)).startsWith("快件已从【" + hub + "转运中心】发出");
        String destination = latest(leftHub).replaceAll(".*准备发往【(.+)营业点】", "$1");

        JsonNode atDeliveryPoint = at(Duration.ofHours(11), "shunfeng", "SF1234567890");
        assertThat(atDeliveryPoint.path("status").asText()).isEqualTo("运输中");
        assertThat(atDeliveryPoint.path("statusDesc").asText()).isEqualTo("快件已到达【" + destination + "营业点】，等待派送");

        JsonNode out = at(Duration.ofHours(12), "shunfeng", "SF1234567890");
        assertThat(out.path("status").asText()).isEqualTo("派送中");
        assertThat(latest(out)).startsWith("【" + destination + "营业点】快递员").contains("正在为您派送");
        assertThat(out.path("statusDesc").asText()).startsWith("快件正在派送中");

        JsonNode delivered = at(Duration.ofMinutes(12 * 60 + 30), "shunfeng", "SF1234567890");
        assertThat(delivered.path("status").asText()).isEqualTo("已签收");
        assertThat(delivered.path("statusDesc").asText()).isEqualTo("快件已签收");
        assertThat(times(delivered)).containsExactly("2026-01-01 20:30:00", "2026-01-01 20:00:00", "2026-01-01 19:00:00",
                "2026-01-01 16:00:00", "2026-01-01 13:00:00", "2026-01-01 10:00:00", "2026-01-01 08:00:00");

        assertThat(at(Duration.ofDays(30), "shunfeng", "SF1234567890")).as("delivered is final").isEqualTo(delivered);
    }

    @Test
    void the_admin_timeline_shows_each_status_once_with_the_instant_it_was_reached() {
        tracked(client, "shunfeng", "SF1234567890");
        server.clock().freezeAt(START.plus(Duration.ofDays(1)));

        EntityView shipment = server.admin().entities(TrackingServers.CARRIER).get(0);

        assertThat(shipment.kind()).isEqualTo("shipment");
        assertThat(shipment.id()).isEqualTo("shunfeng:SF1234567890");
        assertThat(shipment.credentialId()).isEqualTo("pt-test");
        assertThat(shipment.state()).isEqualTo("Delivered");
        assertThat(shipment.timeline()).containsExactly(
                new StateChange("Collected", START),
                new StateChange("InTransit", START.plus(Duration.ofHours(2))),
                new StateChange("OutForDelivery", START.plus(Duration.ofHours(12))),
                new StateChange("Delivered", START.plus(Duration.ofMinutes(12 * 60 + 30))));
    }

    @Test
    void an_exception_number_is_held_at_the_transit_hub_for_good() {
        tracked(client, "zhongtong", "EXCEPTION-7731");
        JsonNode atHub = at(Duration.ofHours(5), "zhongtong", "EXCEPTION-7731");
        assertThat(atHub.path("status").asText()).isEqualTo("运输中");
        String hub = latest(atHub).replaceAll("快件已到达【(.+)转运中心】", "$1");

        assertThat(at(Duration.ofHours(9).minusSeconds(1), "zhongtong", "EXCEPTION-7731").path("status").asText()).isEqualTo("运输中");
        JsonNode held = at(Duration.ofHours(9), "zhongtong", "EXCEPTION-7731");

        assertThat(held.path("status").asText()).isEqualTo("异常");
        assertThat(latest(held)).isEqualTo("快件在【" + hub + "转运中心】滞留：外包装破损，正在核实处理");
        assertThat(held.path("statusDesc").asText()).isEqualTo("快件异常：外包装破损，滞留在【" + hub + "转运中心】");
        assertThat(held.path("traces")).hasSize(4);
        assertThat(at(Duration.ofDays(30), "zhongtong", "EXCEPTION-7731")).as("it never moves on").isEqualTo(held);
    }

    @Test
    void a_return_number_is_refused_at_delivery_and_goes_back_to_the_sender() {
        tracked(client, "yunda", "RETURN-0042");
        JsonNode out = at(Duration.ofHours(12), "yunda", "RETURN-0042");
        assertThat(out.path("status").asText()).isEqualTo("派送中");

        JsonNode refused = at(Duration.ofMinutes(12 * 60 + 30), "yunda", "RETURN-0042");
        assertThat(refused.path("status").asText()).isEqualTo("异常");
        assertThat(latest(refused)).isEqualTo("派送失败：收件人拒收，快件将退回寄件人");
        assertThat(refused.path("statusDesc").asText()).isEqualTo("快件派送失败：收件人拒收");

        JsonNode returning = at(Duration.ofMinutes(17 * 60 + 30), "yunda", "RETURN-0042");
        assertThat(returning.path("status").asText()).isEqualTo("退回");
        assertThat(returning.path("statusDesc").asText()).startsWith("快件退回中，正发往寄件人所在地【");

        JsonNode back = at(Duration.ofMinutes(22 * 60 + 30), "yunda", "RETURN-0042");
        assertThat(back.path("status").asText()).isEqualTo("退回");
        assertThat(latest(back)).isEqualTo("退回件已由寄件人签收");
        assertThat(back.path("statusDesc").asText()).isEqualTo("快件已退回，寄件人已签收");
        assertThat(back.path("traces")).hasSize(9);
        assertThat(at(Duration.ofDays(30), "yunda", "RETURN-0042")).as("returned is final").isEqualTo(back);
    }

    @Test
    void with_the_default_delays_a_shipment_is_delivered_three_seconds_after_its_first_query() {
        try (MockServer fast = TrackingServers.started("")) {
            SpecCheckedClient fastClient = TrackingServers.client(fast, API_KEY);
            tracked(fastClient, "jd", "JD0001234");

            fast.clock().advance(Duration.ofMillis(2999));
            assertThat(tracked(fastClient, "jd", "JD0001234").path("status").asText()).isEqualTo("派送中");
            fast.clock().advance(Duration.ofMillis(1));
            JsonNode delivered = tracked(fastClient, "jd", "JD0001234");
            assertThat(delivered.path("status").asText()).isEqualTo("已签收");
            assertThat(delivered.path("traces")).hasSize(7);
        }
    }

    @Test
    void setting_the_clock_back_before_the_first_query_still_shows_the_collection() {
        tracked(client, "shunfeng", "SF1234567890");
        server.clock().freezeAt(START.minus(Duration.ofDays(1)));

        JsonNode data = tracked(client, "shunfeng", "SF1234567890");

        assertThat(data.path("status").asText()).isEqualTo("已揽收");
        assertThat(data.path("traces")).hasSize(1);
    }

    private static List<String> times(JsonNode data) {
        List<String> times = new ArrayList<>();
        data.path("traces").forEach(trace -> times.add(trace.path("time").asText()));
        return times;
    }
}
