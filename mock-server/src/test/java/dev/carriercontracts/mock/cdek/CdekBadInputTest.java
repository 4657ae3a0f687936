package dev.carriercontracts.mock.cdek;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static dev.carriercontracts.mock.cdek.Orders.firstItem;
import static dev.carriercontracts.mock.cdek.Orders.firstPackage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request the spec refuses is answered at once in CDEK's shape (a request INVALID with its errors),
 * with the status the spec gives, never a 5xx, and nothing is created.
 */
class CdekBadInputTest {

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
        client = cdek.client();
    }

    private static HttpResult create(String body) {
        return client.post("/orders").json(body).expectInvalidRequest().send();
    }

    /** The refused request of a 400: CREATE (or the given type), INVALID, with these error codes; nothing stored. */
    private static JsonNode assertRefused(HttpResult answer, int status, String type, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        JsonNode request = answer.json().path("requests").get(0);
        assertThat(request.path("type").asText()).isEqualTo(type);
        assertThat(request.path("state").asText()).isEqualTo("INVALID");
        assertThat(request.has("request_uuid")).isFalse();
        assertThat(request.path("errors").findValuesAsText("code")).as(answer.toString()).contains(code);
        assertThat(cdek.entities()).isEmpty();
        return request;
    }

    private static String message(JsonNode request, String code) {
        for (JsonNode error : request.path("errors")) {
            if (error.path("code").asText().equals(code)) {
                return error.path("message").asText();
            }
        }
        throw new AssertionError("no " + code + " in " + request);
    }

    @Test
    void a_body_that_is_not_json_is_a_bad_request() {
        assertRefused(create("{\"tariff_code\": 246,"), 400, "CREATE", "v2_bad_request");
    }

    @Test
    void json_followed_by_garbage_is_a_bad_request() {
        assertRefused(create(Orders.VALID + " trailing"), 400, "CREATE", "v2_bad_request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"order\"", "42", "null"})
    void a_body_that_is_not_an_object_is_refused_with_400(String body) {
        HttpResult answer = create(body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().path("requests").get(0).path("state").asText()).isEqualTo("INVALID");
    }

    @Test
    void a_registration_without_a_body_has_empty_parameters() {
        assertRefused(client.post("/orders").expectInvalidRequest().send(), 400, "CREATE", "v2_parameters_empty");
    }

    @Test
    void a_missing_tariff_code_is_an_empty_field() {
        JsonNode request = assertRefused(create(Orders.with(o -> o.remove("tariff_code"))), 400, "CREATE", "v2_field_is_empty");
        assertThat(message(request, "v2_field_is_empty")).isEqualTo("tariff_code is empty");
    }

    @Test
    void a_null_tariff_code_is_an_empty_field() {
        JsonNode request = assertRefused(create(Orders.with(o -> o.putNull("tariff_code"))), 400, "CREATE", "v2_field_is_empty");
        assertThat(message(request, "v2_field_is_empty")).isEqualTo("tariff_code is empty");
    }

    @Test
    void a_missing_recipient_or_packages_is_an_empty_field() {
        JsonNode request = assertRefused(create(Orders.with(o -> {
            o.remove("recipient");
            o.remove("packages");
        })), 400, "CREATE", "v2_field_is_empty");
        assertThat(request.path("errors").findValuesAsText("message")).contains("recipient is empty", "packages is empty");
    }

    @Test
    void a_missing_item_amount_is_named_by_its_path() {
        JsonNode request = assertRefused(create(Orders.with(o -> firstItem(o).remove("amount"))), 400, "CREATE", "v2_field_is_empty");
        assertThat(message(request, "v2_field_is_empty")).isEqualTo("packages[0].items[0].amount is empty");
    }

    @Test
    void a_value_of_the_wrong_type_is_refused() {
        JsonNode request = assertRefused(create(Orders.with(o -> o.put("tariff_code", "two hundred"))), 400, "CREATE", "v2_invalid_value_type");
        assertThat(message(request, "v2_invalid_value_type")).startsWith("tariff_code");
    }

    @Test
    void packages_that_are_not_a_list_are_refused() {
        assertRefused(create(Orders.with(o -> o.putObject("packages"))), 400, "CREATE", "v2_invalid_value_type");
    }

    @Test
    void a_date_in_another_format_is_refused() {
        assertRefused(create(Orders.with(o -> o.put("date_invoice", "26.03.2020"))), 400, "CREATE", "v2_invalid_format");
    }

    @Test
    void an_unknown_order_type_is_refused() {
        assertRefused(create(Orders.with(o -> o.put("type", 3))), 400, "CREATE", "v2_invalid_format");
    }

    @Test
    void a_number_too_large_for_cdek_is_refused_not_a_server_error() {
        assertRefused(create(Orders.with(o -> firstPackage(o).put("weight", 99_999_999_999L))), 400, "CREATE", "v2_invalid_value_type");
    }

    @Test
    void a_body_that_is_not_json_by_content_type_is_a_bad_request() {
        assertRefused(client.post("/orders").body("text/plain", Orders.VALID.getBytes(StandardCharsets.UTF_8)).expectInvalidRequest().send(),
                400, "CREATE", "v2_bad_request");
    }

    @Test
    void an_oversized_body_is_refused_with_413() {
        try (CdekServer small = CdekServer.start("server: {maxBodyBytes: 256}\n")) {
            HttpResult answer = small.client().post("/orders").json(Orders.VALID).send();

            assertThat(answer.status()).isEqualTo(413);
            JsonNode request = answer.json().path("requests").get(0);
            assertThat(request.path("type").asText()).isEqualTo("CREATE");
            assertThat(request.path("errors").get(0).path("code").asText()).isEqualTo("v2_bad_request");
            assertThat(small.entities()).isEmpty();
        }
    }

    @Test
    void an_order_uuid_that_is_not_a_uuid_is_an_invalid_format() {
        assertRefused(client.get("/orders/not-a-uuid").expectInvalidRequest().send(), 400, "GET", "v2_invalid_format");
    }

    @Test
    void an_unknown_path_is_not_found_in_cdeks_shape() {
        HttpResult answer = client.get("/deliverypoints").unchecked().send();

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("requests").get(0).path("errors").get(0).path("code").asText()).isEqualTo("v2_entity_not_found");
    }

    @Test
    void another_method_on_an_order_is_not_allowed() {
        HttpResult answer = client.delete("/orders/72753033-0000-4000-8000-000000000000").unchecked().send();

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Allow")).hasValue("GET");
        assertThat(answer.json().path("requests").get(0).path("state").asText()).isEqualTo("INVALID");
    }
}
