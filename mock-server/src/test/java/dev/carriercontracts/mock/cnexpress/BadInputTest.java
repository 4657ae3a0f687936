package dev.carriercontracts.mock.cnexpress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static dev.carriercontracts.mock.cnexpress.CnExpressServers.order;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input the spec forbids (malformed JSON, wrong types, missing fields, another content type, an oversized
 * body) is answered in CNExpress's own error format with DRF's status, never a 5xx, and stores nothing.
 */
class BadInputTest {

    static MockServer server;
    static SpecCheckedClient me;

    @BeforeAll
    static void start() {
        server = CnExpressServers.startedWith("server: {maxBodyBytes: 4096}\n");
        me = CnExpressServers.me(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        CnExpressServers.reset(server);
    }

    private static HttpResult post(String body) {
        HttpResult result = me.post("/requests").json(body).expectInvalidRequest().send();
        assertThat(result.status()).as(result.toString()).isLessThan(500);
        assertThat(server.admin().entities(Carrier.CNEXPRESS)).isEmpty();
        return result;
    }

    @Test
    void malformed_json_is_a_400_with_a_parse_error() {
        HttpResult result = post("{\"route_code\": \"cnpost\", \"packages\": [");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.json().path("detail").asText()).startsWith("JSON parse error - ");
    }

    @Test
    void an_empty_body_is_a_400() {
        HttpResult result = me.post("/requests").body("application/json", new byte[0]).expectInvalidRequest().send();

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.json().path("detail").asText()).isNotBlank();
    }

    @Test
    void a_body_that_is_not_an_object_is_a_400() {
        HttpResult result = post("[1, 2, 3]");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.json().size()).isPositive();
    }

    @Test
    void a_missing_field_is_named_with_its_package() {
        ObjectNode order = order(4);
        ((ObjectNode) order.get("packages").get(0)).remove("receiver_id_number");

        JsonNode errors = post(order.toString()).json();

        assertThat(errors.path("receiver_id_number").get(0).asText()).isEqualTo("Package 1: This field is required.");
    }

    @Test
    void missing_packages_is_a_400_under_packages() {
        JsonNode errors = post("{\"route_code\": \"cnpost\"}").json();

        assertThat(errors.path("packages").get(0).asText()).isEqualTo("This field is required.");
    }

    @Test
    void an_empty_package_list_is_a_400() {
        JsonNode errors = post("{\"packages\": []}").json();

        assertThat(errors.path("packages").get(0).asText()).isEqualTo("This list may not be empty.");
    }

    @Test
    void wrong_types_are_named_with_their_package_and_item() {
        ObjectNode order = order(4);
        ObjectNode pkg = (ObjectNode) order.get("packages").get(0);
        pkg.put("length", "twenty").put("weight", 4.0);
        ((ObjectNode) pkg.get("items").get(0)).put("count", "four");

        JsonNode errors = post(order.toString()).json();

        assertThat(errors.path("length").get(0).asText()).isEqualTo("Package 1: A valid integer is required.");
        assertThat(errors.path("weight").get(0).asText()).isEqualTo("Package 1: A valid number is required.");
        assertThat(errors.path("count").get(0).asText()).isEqualTo("Package 1, item 1: A valid integer is required.");
    }

    @Test
    void a_weight_that_is_not_a_decimal_number_is_refused() {
        ObjectNode order = order(4);
        ((ObjectNode) order.get("packages").get(0)).put("weight", "4,00");

        assertThat(post(order.toString()).json().path("weight").get(0).asText()).isEqualTo("Package 1: A valid number is required.");
    }

    @Test
    void a_null_where_a_text_is_required_is_refused() {
        ObjectNode order = order(4);
        ((ObjectNode) order.get("packages").get(0)).putNull("sender_name");

        assertThat(post(order.toString()).json().path("sender_name").get(0).asText()).startsWith("Package 1: ");
    }

    @Test
    void a_body_that_is_not_json_is_a_415() {
        HttpResult result = me.post("/requests").body("text/plain", "route_code=cnpost".getBytes(StandardCharsets.UTF_8))
                .expectInvalidRequest().send();

        assertThat(result.status()).isEqualTo(415);
        assertThat(result.json().path("detail").asText()).isEqualTo("Unsupported media type \"text/plain\" in request.");
    }

    @Test
    void an_oversized_body_is_a_413() {
        HttpResult result = me.post("/requests").json("{\"order_no\": \"" + "x".repeat(5000) + "\", \"packages\": []}")
                .expectInvalidRequest().send();

        assertThat(result.status()).isEqualTo(413);
        assertThat(result.json().path("detail").asText()).contains("size limit");
    }

    @Test
    void an_oversized_chunked_body_is_a_413() {
        HttpResult result = me.post("/requests").json("{\"order_no\": \"" + "x".repeat(5000) + "\", \"packages\": []}")
                .chunked().expectInvalidRequest().send();

        assertThat(result.status()).isEqualTo(413);
    }

    @Test
    void a_method_the_path_does_not_take_is_a_405_in_the_carriers_format() {
        HttpResult result = me.delete("/requests").unchecked().send();

        assertThat(result.status()).isEqualTo(405);
        assertThat(result.json().path("detail").asText()).isEqualTo("Method \"DELETE\" not allowed.");
    }

    @Test
    void an_unknown_path_is_a_404_in_the_carriers_format() {
        HttpResult result = me.get("/parcels").unchecked().send();

        assertThat(result.status()).isEqualTo(404);
        assertThat(result.json().path("detail").asText()).isEqualTo("Not found.");
    }

    @Test
    void a_package_path_without_a_dash_is_a_404() {
        HttpResult result = me.get("/packages/CE20260101000000001").unchecked().send();

        assertThat(result.status()).isEqualTo(404);
        assertThat(result.json().path("detail").asText()).isEqualTo("Not found.");
    }
}
