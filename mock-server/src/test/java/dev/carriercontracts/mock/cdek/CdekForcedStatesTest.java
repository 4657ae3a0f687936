package dev.carriercontracts.mock.cdek;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.carriercontracts.mock.cdek.CdekServer.STEP;
import static dev.carriercontracts.mock.cdek.CdekServer.order;
import static dev.carriercontracts.mock.cdek.CdekServer.register;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin API over CDEK: orders (kind {@code order}) and their CREATE requests (kind {@code request})
 * listed with state and timeline, and forced into any state they can reach; the derivation goes on
 * from a forced state.
 */
class CdekForcedStatesTest {

    private static CdekServer cdek;
    private static SpecCheckedClient client;
    private static SpecCheckedClient admin;

    @BeforeAll
    static void start() {
        cdek = CdekServer.start();
        admin = cdek.admin();
    }

    @AfterAll
    static void stop() {
        cdek.close();
    }

    @BeforeEach
    void reset() {
        cdek.server.admin().resetAll();
        cdek.server.clock().set(CdekServer.START);
        client = cdek.client();
    }

    private static HttpResult force(String kind, String id, String state) {
        return admin.post("/cdek/" + kind + "/" + id + "/state").json("{\"state\": \"" + state + "\"}").send();
    }

    private static String requestUuid(String orderUuid) {
        return order(client, orderUuid).path("requests").get(0).path("request_uuid").asText();
    }

    private static List<String> statusCodes(String uuid) {
        return order(client, uuid).path("entity").path("statuses").findValuesAsText("code");
    }

    @Test
    void the_entities_are_each_order_and_its_create_request_with_their_timelines() {
        String uuid = register(client, Orders.VALID);
        cdek.advance(CdekServer.PROCESSING);

        JsonNode entities = cdek.entities();

        assertThat(entities).hasSize(2);
        JsonNode order = entities.get(0);
        assertThat(order.path("kind").asText()).isEqualTo("order");
        assertThat(order.path("id").asText()).isEqualTo(uuid);
        assertThat(order.path("credentialId").asText()).isEqualTo(CdekServer.CLIENT_ID);
        assertThat(order.path("state").asText()).isEqualTo("CREATED");
        assertThat(order.path("timeline").findValuesAsText("state")).containsExactly("ACCEPTED", "CREATED");
        JsonNode request = entities.get(1);
        assertThat(request.path("kind").asText()).isEqualTo("request");
        assertThat(request.path("id").asText()).isEqualTo(requestUuid(uuid));
        assertThat(request.path("timeline").findValuesAsText("state")).containsExactly("ACCEPTED", "WAITING", "SUCCESSFUL");
    }

    @Test
    void a_request_forced_invalid_makes_the_order_invalid_with_an_error() {
        String uuid = register(client, Orders.VALID);

        HttpResult forced = force("request", requestUuid(uuid), "INVALID");

        assertThat(forced.status()).isEqualTo(200);
        assertThat(forced.json().path("state").asText()).isEqualTo("INVALID");
        JsonNode info = order(client, uuid);
        assertThat(info.path("requests").get(0).path("state").asText()).isEqualTo("INVALID");
        assertThat(info.path("requests").get(0).path("errors").get(0).path("code").asText()).isEqualTo("v2_entity_invalid");
        assertThat(statusCodes(uuid)).containsExactly("ACCEPTED", "INVALID");
    }

    @Test
    void a_request_forced_successful_creates_an_order_that_breaks_a_rule() {
        String uuid = register(client, Orders.with(o -> o.put("tariff_code", 1)));

        force("request", requestUuid(uuid), "SUCCESSFUL");
        cdek.advance(STEP);

        JsonNode info = order(client, uuid);
        assertThat(info.path("requests").get(0).has("errors")).isFalse();
        assertThat(info.path("entity").path("cdek_number").asText()).isNotBlank();
        assertThat(statusCodes(uuid)).containsExactly("ACCEPTED", "CREATED", "RECEIVED_AT_SENDER_WAREHOUSE");
    }

    @Test
    void a_finished_request_cannot_be_forced_again() {
        String uuid = register(client, Orders.VALID);
        cdek.advance(CdekServer.PROCESSING);

        HttpResult refused = admin.post("/cdek/request/" + requestUuid(uuid) + "/state").json("{\"state\": \"INVALID\"}").send();

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("error").asText()).isEqualTo("transition_refused");
    }

    @Test
    void an_order_forced_ahead_goes_on_from_the_forced_status() {
        String uuid = register(client, Orders.VALID);

        HttpResult forced = force("order", uuid, "SENT_TO_RECIPIENT_CITY");
        assertThat(forced.json().path("state").asText()).isEqualTo("SENT_TO_RECIPIENT_CITY");
        cdek.advance(STEP);

        // an order on its way was created: its request ended SUCCESSFUL, and the order CREATED, when it was forced
        assertThat(statusCodes(uuid)).containsExactly("ACCEPTED", "CREATED", "SENT_TO_RECIPIENT_CITY", "ARRIVED_AT_RECIPIENT_CITY");
        JsonNode info = order(client, uuid);
        assertThat(info.path("requests").get(0).path("state").asText()).isEqualTo("SUCCESSFUL");
        assertThat(info.path("entity").path("cdek_number").asText()).isNotBlank();
    }

    @Test
    void an_order_forced_not_delivered_carries_the_reason_named_or_11() {
        String named = register(client, Orders.VALID);
        String unnamed = register(client, Orders.VALID);
        cdek.advance(CdekServer.PROCESSING);

        assertThat(force("order", named, "NOT_DELIVERED-26").status()).isEqualTo(200);
        assertThat(force("order", unnamed, "NOT_DELIVERED").status()).isEqualTo(200);

        JsonNode last = order(client, named).path("entity").path("statuses").get(2);
        assertThat(last.path("code").asText()).isEqualTo("NOT_DELIVERED");
        assertThat(last.path("reason_code").asText()).isEqualTo("26");
        assertThat(order(client, unnamed).path("entity").path("statuses").get(2).path("reason_code").asText()).isEqualTo("11");
    }

    @Test
    void a_failed_delivery_attempt_can_be_forced_and_the_courier_tries_again() {
        String uuid = register(client, Orders.VALID);
        force("order", uuid, "TAKEN_BY_COURIER");

        force("order", uuid, "RETURNED_TO_RECIPIENT_CITY_WAREHOUSE");
        cdek.advance(STEP.multipliedBy(2));

        assertThat(statusCodes(uuid)).endsWith("TAKEN_BY_COURIER", "RETURNED_TO_RECIPIENT_CITY_WAREHOUSE", "TAKEN_BY_COURIER", "DELIVERED");
    }

    @Test
    void a_created_order_can_be_removed_but_not_once_at_the_warehouse() {
        String removable = register(client, Orders.VALID);
        String received = register(client, Orders.VALID);
        cdek.advance(CdekServer.PROCESSING);
        force("order", received, "RECEIVED_AT_SENDER_WAREHOUSE");

        assertThat(force("order", removable, "REMOVED").status()).isEqualTo(200);
        assertThat(statusCodes(removable)).containsExactly("ACCEPTED", "CREATED", "REMOVED");
        HttpResult refused = admin.post("/cdek/order/" + received + "/state").json("{\"state\": \"REMOVED\"}").send();
        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void an_order_cannot_go_back() {
        String uuid = register(client, Orders.VALID);
        cdek.advance(CdekServer.PROCESSING.plus(STEP.multipliedBy(3)));

        HttpResult refused = admin.post("/cdek/order/" + uuid + "/state").json("{\"state\": \"CREATED\"}").send();

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("message").asText()).contains("TAKEN_BY_TRANSPORTER_FROM_SENDER_CITY");
    }

    @Test
    void an_order_forced_invalid_ends_its_request_invalid() {
        String uuid = register(client, Orders.VALID);

        force("order", uuid, "INVALID");
        cdek.advance(Duration.ofMinutes(30));

        assertThat(order(client, uuid).path("requests").get(0).path("state").asText()).isEqualTo("INVALID");
        assertThat(statusCodes(uuid)).containsExactly("ACCEPTED", "INVALID");
    }

    @Test
    void unknown_states_kinds_and_entities_are_refused_clearly() {
        String uuid = register(client, Orders.VALID);

        HttpResult state = admin.post("/cdek/order/" + uuid + "/state").json("{\"state\": \"LOST\"}").send();
        assertThat(state.status()).isEqualTo(400);
        assertThat(state.json().path("message").asText()).contains("NOT_DELIVERED-<reason code");
        assertThat(admin.post("/cdek/order/" + uuid + "/state").json("{\"state\": \"NOT_DELIVERED-20\"}").send().status()).isEqualTo(400);
        assertThat(admin.post("/cdek/request/" + uuid + "/state").json("{\"state\": \"INVALID\"}").send().status()).isEqualTo(404);
        assertThat(admin.post("/cdek/waybill/" + uuid + "/state").json("{\"state\": \"INVALID\"}").send().status()).isEqualTo(404);
    }
}
