package dev.carriercontracts.mock.packagetracking;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.carriercontracts.mock.packagetracking.TrackingServers.API_KEY;
import static dev.carriercontracts.mock.packagetracking.TrackingServers.SECOND_API_KEY;
import static dev.carriercontracts.mock.packagetracking.TrackingServers.START;
import static dev.carriercontracts.mock.packagetracking.TrackingServers.tracked;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * States forced through the admin API ({@code POST /__admin/package-tracking/shipment/{expCode:expNo}/state}):
 * recorded with their instant, the traces go on from there, and the state machine refuses what it does not allow.
 */
class ForcedStatesTest {

    private static final String SHIPMENT = "shunfeng:SF1234567890";

    static MockServer server;
    static SpecCheckedClient client;
    static SpecCheckedClient admin;

    @BeforeAll
    static void start() {
        server = TrackingServers.started(TrackingServers.SLOW_DELAYS);
        client = TrackingServers.client(server, API_KEY);
        admin = SpecCheckedClient.admin(server);
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

    private static HttpResult force(String id, String state) {
        return admin.post("/package-tracking/shipment/" + id + "/state").json("{\"state\": \"" + state + "\"}").send();
    }

    private static JsonNode data() {
        return tracked(client, "shunfeng", "SF1234567890");
    }

    @Test
    void a_collected_shipment_forced_to_delivered_is_signed_for_at_once() {
        data();

        HttpResult forced = force(SHIPMENT, "Delivered");

        assertThat(forced.status()).isEqualTo(200);
        assertThat(forced.json().path("state").asText()).isEqualTo("Delivered");
        assertThat(forced.json().path("timeline")).extracting(change -> change.path("state").asText()).containsExactly("Collected", "Delivered");
        JsonNode data = data();
        assertThat(data.path("status").asText()).isEqualTo("已签收");
        assertThat(data.path("statusDesc").asText()).isEqualTo("快件已签收");
        assertThat(data.path("traces")).extracting(trace -> trace.path("desc").asText()).first().isEqualTo("已签收");
        assertThat(data.path("traces")).hasSize(2);
    }

    @Test
    void a_forced_state_is_recorded_with_its_instant_and_the_journey_goes_on_from_there() {
        data();
        server.clock().advance(Duration.ofHours(1));

        force(SHIPMENT, "OutForDelivery");
        assertThat(data().path("status").asText()).isEqualTo("派送中");
        server.clock().advance(Duration.ofMinutes(30)); // delays.delivered

        JsonNode entity = admin.get("/package-tracking/entities").query("kind", "shipment").send().json().path("entities").get(0);
        assertThat(entity.path("id").asText()).isEqualTo(SHIPMENT);
        assertThat(entity.path("state").asText()).isEqualTo("Delivered");
        assertThat(entity.path("timeline")).extracting(change -> change.path("state").asText() + "@" + change.path("at").asText())
                .containsExactly("Collected@2026-01-01T00:00:00Z", "OutForDelivery@2026-01-01T01:00:00Z", "Delivered@2026-01-01T01:30:00Z");
        assertThat(data().path("traces")).extracting(trace -> trace.path("time").asText())
                .containsExactly("2026-01-01 09:30:00", "2026-01-01 09:00:00", "2026-01-01 08:00:00");
    }

    @Test
    void an_exception_forced_in_transit_holds_the_shipment_as_a_problem_parcel() {
        data();
        server.clock().advance(Duration.ofHours(3));

        force(SHIPMENT, "Exception");
        server.clock().advance(Duration.ofDays(30));

        JsonNode data = data();
        assertThat(data.path("status").asText()).isEqualTo("异常");
        assertThat(data.path("statusDesc").asText()).startsWith("快件异常：外包装破损");
        assertThat(data.path("traces")).hasSize(3);
    }

    @Test
    void an_exception_forced_out_for_delivery_is_a_refused_delivery_that_returns_to_the_sender() {
        data();
        server.clock().advance(Duration.ofHours(12));
        assertThat(data().path("status").asText()).isEqualTo("派送中");

        force(SHIPMENT, "异常"); // a state may be named by its label too
        assertThat(data().path("statusDesc").asText()).isEqualTo("快件派送失败：收件人拒收");
        server.clock().advance(Duration.ofHours(10)); // two delays.returned

        assertThat(data().path("statusDesc").asText()).isEqualTo("快件已退回，寄件人已签收");
        assertThat(data().path("status").asText()).isEqualTo("退回");
    }

    @Test
    void a_final_shipment_cannot_be_forced_anywhere() {
        data();
        force(SHIPMENT, "Delivered");

        HttpResult refused = force(SHIPMENT, "Returned");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("error").asText()).isEqualTo("transition_refused");
        assertThat(refused.json().path("message").asText()).contains("Delivered is final");
        assertThat(data().path("status").asText()).isEqualTo("已签收");
    }

    @Test
    void a_shipment_cannot_be_forced_back_to_an_earlier_state() {
        data();
        server.clock().advance(Duration.ofHours(3));

        HttpResult refused = force(SHIPMENT, "Collected");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("message").asText()).contains("InTransit cannot become Collected");
        assertThat(data().path("status").asText()).isEqualTo("运输中");
    }

    @Test
    void unknown_states_shipments_and_kinds_are_refused_with_what_exists() {
        data();

        HttpResult unknownState = force(SHIPMENT, "Lost");
        assertThat(unknownState.status()).isEqualTo(400);
        assertThat(unknownState.json().path("message").asText())
                .contains("Collected, InTransit, OutForDelivery, Delivered, Exception, Returned");
        assertThat(force("shunfeng:SF999", "Delivered").status()).isEqualTo(404);
        assertThat(force("SF1234567890", "Delivered").status()).as("an id without the carrier code").isEqualTo(404);
        HttpResult unknownKind = admin.post("/package-tracking/order/" + SHIPMENT + "/state").json("{\"state\": \"Delivered\"}").send();
        assertThat(unknownKind.status()).isEqualTo(404);
        assertThat(unknownKind.json().path("message").asText()).contains("shipment");
    }

    @Test
    void a_number_tracked_by_two_accounts_is_not_forced_blindly() {
        data();
        tracked(TrackingServers.client(server, SECOND_API_KEY), "shunfeng", "SF1234567890");

        HttpResult refused = force(SHIPMENT, "Delivered");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("message").asText()).contains("pt-test").contains("pt-second");
        server.admin().reset(TrackingServers.CARRIER, "pt-second");
        assertThat(force(SHIPMENT, "Delivered").status()).isEqualTo(200);
    }
}
