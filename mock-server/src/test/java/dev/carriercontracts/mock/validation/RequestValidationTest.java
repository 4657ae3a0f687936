package dev.carriercontracts.mock.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import dev.carriercontracts.mock.support.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests are checked against the carrier's spec, and every violation answers in the carrier's format. */
class RequestValidationTest {

    static MockServer server;
    static SpecCheckedClient alice;

    @BeforeAll
    static void start() {
        server = TestServers.started();
        alice = TestServers.alice(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static JsonNode rejected(HttpResult result) {
        assertThat(result.status()).as(result.toString()).isEqualTo(400);
        assertThat(result.json().path("code").asText()).isEqualTo("INVALID_REQUEST");
        return result.json().path("violations");
    }

    @Test
    void a_missing_required_field_is_named_by_its_pointer() {
        JsonNode violations = rejected(alice.post("/parcels").json("{\"weight_grams\": 1}").expectInvalidRequest().send());

        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).path("where").asText()).isEqualTo("body");
        assertThat(violations.get(0).path("name").asText()).isEqualTo("/reference");
    }

    @Test
    void wrong_types_lengths_enums_and_extra_fields_are_all_reported() {
        JsonNode violations = rejected(alice.post("/parcels")
                .json("{\"reference\": \"" + "x".repeat(21) + "\", \"weight_grams\": \"heavy\", \"service\": \"overnight\", \"colour\": \"red\"}")
                .expectInvalidRequest().send());

        assertThat(violations).extracting(v -> v.path("name").asText())
                .contains("/reference", "/weight_grams", "/service");
        assertThat(violations.toString()).contains("colour");
    }

    @Test
    void a_nullable_field_accepts_null() {
        HttpResult created = alice.post("/parcels").json("{\"reference\": \"R\", \"weight_grams\": 1, \"note\": null}").send();

        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void malformed_json_is_the_carriers_validation_error_not_a_server_error() {
        JsonNode violations = rejected(alice.post("/parcels").json("{\"reference\": \"R\" \"weight_grams\": 1}").expectInvalidRequest().send());

        assertThat(violations.get(0).path("message").asText()).startsWith("malformed JSON");
    }

    @Test
    void trailing_garbage_after_the_json_is_malformed_too() {
        JsonNode violations = rejected(alice.post("/parcels").json("{\"reference\": \"R\", \"weight_grams\": 1} tail").expectInvalidRequest().send());

        assertThat(violations.get(0).path("message").asText()).startsWith("malformed JSON");
    }

    @Test
    void a_body_with_the_wrong_content_type_is_refused() {
        JsonNode violations = rejected(alice.post("/parcels")
                .body("text/plain", "{\"reference\": \"R\", \"weight_grams\": 1}".getBytes(StandardCharsets.UTF_8))
                .expectInvalidRequest().send());

        assertThat(violations.get(0).path("where").asText()).isEqualTo("header");
        assertThat(violations.get(0).path("name").asText()).isEqualTo("Content-Type");
        assertThat(violations.get(0).path("message").asText()).contains("text/plain").contains("application/json");
    }

    @Test
    void a_missing_required_body_is_refused() {
        JsonNode violations = rejected(alice.post("/parcels").expectInvalidRequest().send());

        assertThat(violations.get(0).path("message").asText()).isEqualTo("a request body is required");
    }

    @Test
    void a_path_parameter_must_match_its_pattern() {
        JsonNode violations = rejected(alice.get("/parcels/X12").expectInvalidRequest().send());

        assertThat(violations.get(0).path("where").asText()).isEqualTo("path");
        assertThat(violations.get(0).path("name").asText()).isEqualTo("parcel_id");
    }

    @Test
    void a_query_parameter_is_checked_as_the_type_it_is_declared() {
        assertThat(rejected(alice.get("/parcels").query("limit", "ten").expectInvalidRequest().send()).get(0).path("message").asText())
                .contains("integer");
        assertThat(rejected(alice.get("/parcels").query("limit", "0").expectInvalidRequest().send()).get(0).path("message").asText())
                .contains("minimum");
        assertThat(alice.get("/parcels").query("limit", "10").send().status()).isEqualTo(200);
    }

    @Test
    void a_parameter_given_once_cannot_be_repeated() {
        JsonNode violations = rejected(alice.get("/parcels").query("limit", "1", "2").expectInvalidRequest().send());

        assertThat(violations.get(0).path("message").asText()).contains("2 times");
    }

    @Test
    void a_repeated_query_parameter_is_an_array_and_each_value_is_checked() {
        assertThat(alice.get("/parcels").query("state", "CREATED", "IN_TRANSIT").send().status()).isEqualTo(200);

        JsonNode violations = rejected(alice.get("/parcels").query("state", "CREATED", "TELEPORTED").expectInvalidRequest().send());
        assertThat(violations.get(0).path("name").asText()).isEqualTo("state");
    }

    @Test
    void a_non_exploded_array_parameter_is_split_at_commas() {
        assertThat(alice.get("/parcels").query("tags", "fragile,cold").send().status()).isEqualTo(200);

        JsonNode violations = rejected(alice.get("/parcels").query("tags", "fragile,much-too-long-tag").expectInvalidRequest().send());
        assertThat(violations.get(0).path("name").asText()).isEqualTo("tags");
    }

    @Test
    void a_required_header_must_be_present_and_valid() {
        assertThat(alice.get("/echo").header("X-Request-Id", "abc-123").send().json().path("request_id").asText()).isEqualTo("abc-123");

        assertThat(rejected(alice.get("/echo").expectInvalidRequest().send()).get(0).path("name").asText()).isEqualTo("X-Request-Id");
        assertThat(rejected(alice.get("/echo").header("X-Request-Id", "NO!").expectInvalidRequest().send()).get(0).path("where").asText())
                .isEqualTo("header");
    }

    @Test
    void a_form_body_is_validated_field_by_field() {
        JsonNode violations = rejected(TestServers.anonymous(server).post("/oauth/token")
                .form("grant_type=password&client_id=alice").expectInvalidRequest().send());

        assertThat(violations).extracting(v -> v.path("name").asText()).contains("/grant_type", "/client_secret");
    }
}
