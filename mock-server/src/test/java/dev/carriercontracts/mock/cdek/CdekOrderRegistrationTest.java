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

import static dev.carriercontracts.mock.cdek.CdekServer.order;
import static dev.carriercontracts.mock.cdek.CdekServer.register;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * createOrder answers 202 at once with the order's uuid and its CREATE request ACCEPTED; getOrder
 * then shows the request WAITING, then SUCCESSFUL with the order CREATED and its CDEK number.
 */
class CdekOrderRegistrationTest {

    private static CdekServer cdek;
    private static SpecCheckedClient client;

    @BeforeAll
    static void start() {
        cdek = CdekServer.start();
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

    private static JsonNode request(JsonNode info) {
        assertThat(info.path("requests")).hasSize(1);
        return info.path("requests").get(0);
    }

    private static List<String> statusCodes(JsonNode info) {
        return info.path("entity").path("statuses").findValuesAsText("code");
    }

    @Test
    void a_registration_is_accepted_at_once_with_the_order_uuid_and_an_accepted_create_request() {
        HttpResult answer = client.post("/orders").json(Orders.VALID).send();

        assertThat(answer.status()).isEqualTo(202);
        JsonNode body = answer.json();
        assertThat(body.path("entity").path("uuid").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
        JsonNode request = request(body);
        assertThat(request.path("type").asText()).isEqualTo("CREATE");
        assertThat(request.path("state").asText()).isEqualTo("ACCEPTED");
        assertThat(request.path("request_uuid").asText()).isNotEqualTo(body.path("entity").path("uuid").asText());
        assertThat(request.path("date_time").asText()).isEqualTo("2026-03-02T15:00:00+0700");
    }

    @Test
    void right_after_registration_the_order_is_accepted_without_a_cdek_number() {
        String uuid = register(client, Orders.VALID);

        JsonNode info = order(client, uuid);

        assertThat(request(info).path("state").asText()).isEqualTo("ACCEPTED");
        assertThat(info.path("entity").has("cdek_number")).isFalse();
        assertThat(statusCodes(info)).containsExactly("ACCEPTED");
        assertThat(info.path("entity").has("delivery_date")).isFalse();
    }

    @Test
    void after_delays_waiting_the_request_is_waiting() {
        String uuid = register(client, Orders.VALID);

        cdek.advance(Duration.ofSeconds(1));

        JsonNode request = request(order(client, uuid));
        assertThat(request.path("state").asText()).isEqualTo("WAITING");
        assertThat(request.path("date_time").asText()).isEqualTo("2026-03-02T15:00:01+0700");
    }

    @Test
    void once_processed_the_request_is_successful_and_the_order_created_with_a_cdek_number() {
        String uuid = register(client, Orders.VALID);

        cdek.advance(CdekServer.PROCESSING);

        JsonNode info = order(client, uuid);
        assertThat(request(info).path("state").asText()).isEqualTo("SUCCESSFUL");
        assertThat(request(info).path("date_time").asText()).isEqualTo("2026-03-02T15:00:02+0700");
        assertThat(request(info).has("errors")).isFalse();
        assertThat(info.path("entity").path("cdek_number").asText()).matches("[0-9]{10}");
        assertThat(statusCodes(info)).containsExactly("ACCEPTED", "CREATED");
        JsonNode created = info.path("entity").path("statuses").get(1);
        assertThat(created.path("name").asText()).isEqualTo("Создан");
        assertThat(created.path("city").asText()).isEqualTo("Офис СДЭК");
        assertThat(created.path("date_time").asText()).isEqualTo("2026-03-02T15:00:02+0700");
    }

    @Test
    void the_order_reports_what_the_client_sent_and_what_cdek_added() {
        String uuid = register(client, Orders.VALID);
        cdek.advance(CdekServer.PROCESSING);

        JsonNode entity = order(client, uuid).path("entity");

        assertThat(entity.path("uuid").asText()).isEqualTo(uuid);
        assertThat(entity.path("type").asInt()).isEqualTo(1);
        assertThat(entity.path("is_return").asBoolean(true)).isFalse();
        assertThat(entity.path("number").asText()).isEqualTo("TEST6-CT789435359CN");
        assertThat(entity.path("tariff_code").asInt()).isEqualTo(246);
        assertThat(entity.path("date_invoice").asText()).isEqualTo("2020-03-26");
        assertThat(entity.path("recipient").path("phones").get(0).path("number").asText()).isEqualTo("+79094768888");
        assertThat(entity.path("packages").get(0).path("items").get(0).path("ware_key").asText()).isEqualTo("WELRV0086000627YQ");
        assertThat(entity.path("shop_seller_name").asText()).isEqualTo("Zhang san");
        assertThat(entity.path("shop_seller_address").asText()).isEqualTo("Shanghai, Changning District");
        // 13 steps of 20 s from CREATED: delivered the same day
        assertThat(entity.path("delivery_date").asText()).isEqualTo("2026-03-02");
    }

    @Test
    void locations_given_by_city_code_are_resolved_from_the_catalogue() {
        String uuid = register(client, Orders.VALID);

        JsonNode entity = order(client, uuid).path("entity");

        JsonNode from = entity.path("from_location");
        assertThat(from.path("city").asText()).isEqualTo("Шанхай");
        assertThat(from.path("country").asText()).isEqualTo("Китай (КНР)");
        assertThat(from.path("region_code").asInt()).isEqualTo(906);
        assertThat(from.path("longitude").decimalValue()).isEqualByComparingTo("121.470462");
        assertThat(from.path("address").asText()).isEqualTo("Shanghai, Changning District");
        JsonNode to = entity.path("to_location");
        assertThat(to.path("city").asText()).isEqualTo("Самара");
        assertThat(to.path("country").asText()).isEqualTo("Россия");
        assertThat(to.path("postal_code").asText()).isEqualTo("443034");
    }

    @Test
    void a_location_the_catalogue_does_not_know_is_reported_as_sent_and_the_clients_country_name_is_ignored() {
        String uuid = register(client, Orders.with(o -> o.putObject("to_location").put("code", 99999).put("country_code", "RU")
                .put("city", "Тольятти").put("country", "Russland")));

        JsonNode to = order(client, uuid).path("entity").path("to_location");

        assertThat(to.path("code").asInt()).isEqualTo(99999);
        assertThat(to.path("city").asText()).isEqualTo("Тольятти");
        assertThat(to.path("country").asText()).isEqualTo("Россия");
    }

    @Test
    void an_ecommerce_order_without_a_number_is_numbered_with_its_uuid() {
        String uuid = register(client, Orders.with(o -> o.remove("number")));

        assertThat(order(client, uuid).path("entity").path("number").asText()).isEqualTo(uuid);
    }

    @Test
    void an_order_without_a_type_is_an_ecommerce_order() {
        String uuid = register(client, Orders.with(o -> o.remove("type")));

        assertThat(order(client, uuid).path("entity").path("type").asInt()).isEqualTo(1);
    }

    @Test
    void fields_the_spec_does_not_declare_are_not_echoed() {
        // the reference validator refuses undeclared properties; the spec itself does not forbid them
        HttpResult answer = client.post("/orders").json(Orders.with(o -> o.put("favourite_colour", "green"))).expectInvalidRequest().send();
        assertThat(answer.status()).isEqualTo(202);
        String uuid = answer.json().path("entity").path("uuid").asText();

        assertThat(order(client, uuid).path("entity").has("favourite_colour")).isFalse();
    }

    @Test
    void every_registration_gets_its_own_uuid_and_cdek_number() {
        String first = register(client, Orders.VALID);
        String second = register(client, Orders.VALID);
        cdek.advance(CdekServer.PROCESSING);

        assertThat(first).isNotEqualTo(second);
        assertThat(order(client, first).path("entity").path("cdek_number").asText())
                .isNotEqualTo(order(client, second).path("entity").path("cdek_number").asText());
    }

    @Test
    void an_unknown_uuid_is_not_found() {
        HttpResult answer = client.get("/orders/72753033-0000-4000-8000-000000000000").send();

        assertThat(answer.status()).isEqualTo(404);
        JsonNode refused = answer.json().path("requests").get(0);
        assertThat(refused.path("type").asText()).isEqualTo("GET");
        assertThat(refused.path("state").asText()).isEqualTo("INVALID");
        assertThat(refused.path("errors").get(0).path("code").asText()).isEqualTo("v2_entity_not_found");
        assertThat(refused.path("errors").get(0).path("message").asText())
                .isEqualTo("Entity is not found by uuid 72753033-0000-4000-8000-000000000000");
    }
}
