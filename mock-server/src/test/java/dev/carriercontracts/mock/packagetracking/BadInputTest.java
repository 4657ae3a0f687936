package dev.carriercontracts.mock.packagetracking;

import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.faults.Fault;
import dev.carriercontracts.mock.faults.FaultRule;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static dev.carriercontracts.mock.packagetracking.TrackingServers.API_KEY;
import static dev.carriercontracts.mock.packagetracking.TrackingServers.START;
import static dev.carriercontracts.mock.packagetracking.TrackingServers.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input is answered in the service's envelope with the right status, never with a 5xx, and registers
 * nothing; so are a wrong method, an unknown path and injected faults.
 */
class BadInputTest {

    static MockServer server;
    static SpecCheckedClient client;

    @BeforeAll
    static void start() {
        server = TrackingServers.started("server:\n  maxBodyBytes: 512\n");
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

    private static HttpResult invalid(String json) {
        return client.post("/query").json(json).expectInvalidRequest().send();
    }

    private static String paramError(HttpResult answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().path("code").asText()).isEqualTo("PARAM_ERROR");
        assertThat(answer.json().path("data").isNull()).isTrue();
        assertThat(server.admin().entities(TrackingServers.CARRIER)).isEmpty();
        return answer.json().path("message").asText();
    }

    @Test
    void a_missing_tracking_number_is_named_as_the_spec_example_words_it() {
        assertThat(paramError(invalid("{\"expCode\": \"shunfeng\"}"))).isEqualTo("expNo is required");
    }

    @Test
    void every_missing_field_is_named() {
        assertThat(paramError(invalid("{}"))).contains("expCode is required").contains("expNo is required");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"expCode\": \"shunfeng\", \"expNo\": }",
            "{\"expCode\": \"shunfeng\", \"expNo\": \"SF1\"",
            "{\"expCode\": \"shunfeng\", \"expNo\": \"SF1\"} trailing",
            "expCode=shunfeng&expNo=SF1"})
    void malformed_json_is_a_param_error(String json) {
        assertThat(paramError(invalid(json))).startsWith("malformed JSON");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"expCode\": \"shunfeng\", \"expNo\": 1234567890}",
            "{\"expCode\": \"shunfeng\", \"expNo\": null}",
            "{\"expCode\": [\"shunfeng\"], \"expNo\": \"SF1\"}",
            "{\"expCode\": \"shunfeng\", \"expNo\": {\"no\": \"SF1\"}}",
            "[\"shunfeng\", \"SF1\"]",
            "\"shunfeng SF1\""})
    void a_field_of_the_wrong_type_is_a_param_error(String json) {
        assertThat(paramError(invalid(json))).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"expCode\": \"shunfeng\", \"expNo\": \"\"}                | expNo",
            "{\"expCode\": \"\", \"expNo\": \"SF1\"}                     | expCode",
            "{\"expCode\": \"abcdefghijklmnopqrstuvwxyzabcdefg\", \"expNo\": \"SF1\"} | expCode"})
    void an_empty_or_too_long_field_is_a_param_error_naming_it(String json, String field) {
        assertThat(paramError(invalid(json))).startsWith(field + ": ");
    }

    @Test
    void a_tracking_number_may_have_64_characters_but_not_65() {
        assertThat(TrackingServers.query(client, "shunfeng", "S".repeat(64)).status()).isEqualTo(200);
        server.admin().resetAll();

        assertThat(paramError(invalid(body("shunfeng", "S".repeat(65))))).startsWith("expNo: ");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {" ", "   ", "\t"})
    void a_blank_tracking_number_is_a_param_error(String expNo) {
        assertThat(paramError(TrackingServers.query(client, "shunfeng", expNo))).isEqualTo("expNo must not be blank");
    }

    @Test
    void a_query_without_a_body_is_a_param_error() {
        assertThat(paramError(client.post("/query").expectInvalidRequest().send())).isEqualTo("a request body is required");
    }

    @Test
    void a_body_that_is_not_json_is_a_param_error() {
        HttpResult answer = client.post("/query").body("text/plain", body("shunfeng", "SF1").getBytes(StandardCharsets.UTF_8))
                .expectInvalidRequest().send();

        assertThat(paramError(answer)).contains("text/plain").contains("application/json");
    }

    @Test
    void an_oversized_body_is_refused_with_413_whether_its_length_is_declared_or_not() {
        String big = "{\"expCode\": \"shunfeng\", \"expNo\": \"SF1\", \"note\": \"" + "x".repeat(600) + "\"}";

        for (HttpResult answer : new HttpResult[]{client.post("/query").json(big).expectInvalidRequest().send(),
                client.post("/query").json(big).chunked().expectInvalidRequest().send()}) {
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.json().path("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
            assertThat(answer.json().path("message").asText()).contains("512 bytes");
            assertThat(answer.json().path("data").isNull()).isTrue();
        }
    }

    @Test
    void a_wrong_method_is_answered_405_in_the_envelope_with_the_allowed_one() {
        HttpResult answer = client.get("/query").unchecked().send();

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Allow")).hasValue("POST");
        assertThat(answer.json().path("code").asText()).isEqualTo("PARAM_ERROR");
        assertThat(answer.json().path("message").asText()).isEqualTo("method GET not allowed; use POST");
        assertThat(answer.json().path("data").isNull()).isTrue();
    }

    @Test
    void an_unknown_path_is_answered_404_in_the_envelope() {
        HttpResult answer = client.post("/track").json(body("shunfeng", "SF1")).unchecked().send();

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(answer.json().path("data").isNull()).isTrue();
    }

    @Test
    void an_injected_server_error_is_a_system_error_with_its_status() {
        server.faults().add(FaultRule.nextCalls(TrackingServers.CARRIER, "queryTracking", new Fault.ErrorStatus(503), 1));

        HttpResult answer = TrackingServers.query(client, "shunfeng", "SF1");

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.json().path("code").asText()).isEqualTo("SYSTEM_ERROR");
        assertThat(answer.json().path("data").isNull()).isTrue();
        assertThat(TrackingServers.query(client, "shunfeng", "SF1").status()).as("the fault was for one call").isEqualTo(200);
    }

    @Test
    void an_injected_rate_limit_is_a_429_with_retry_after() {
        server.faults().add(FaultRule.nextCalls(TrackingServers.CARRIER, "queryTracking", new Fault.RateLimit(Duration.ofSeconds(3)), 1));

        HttpResult answer = TrackingServers.query(client, "shunfeng", "SF1");

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.header("Retry-After")).hasValue("3");
        assertThat(answer.json().path("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(answer.json().path("message").asText()).isEqualTo("too many requests, retry later");
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({"400, PARAM_ERROR", "401, UNAUTHORIZED", "404, NOT_FOUND", "413, PAYLOAD_TOO_LARGE", "429, RATE_LIMITED",
            "500, SYSTEM_ERROR", "502, SYSTEM_ERROR"})
    void each_injected_status_the_spec_documents_comes_with_its_code(int status, String code) {
        server.faults().add(FaultRule.nextCalls(TrackingServers.CARRIER, "queryTracking", new Fault.ErrorStatus(status), 1));

        HttpResult answer = TrackingServers.query(client, "shunfeng", "SF1");

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.json().path("code").asText()).isEqualTo(code);
    }
}
