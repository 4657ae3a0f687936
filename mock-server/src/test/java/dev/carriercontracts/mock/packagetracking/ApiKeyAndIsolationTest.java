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
import static dev.carriercontracts.mock.packagetracking.TrackingServers.body;
import static dev.carriercontracts.mock.packagetracking.TrackingServers.tracked;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code X-Api-Key} header, and what each key sees: only the shipments it queried itself. */
class ApiKeyAndIsolationTest {

    static MockServer server;
    static SpecCheckedClient first;
    static SpecCheckedClient second;

    @BeforeAll
    static void start() {
        server = TrackingServers.started("");
        first = TrackingServers.client(server, API_KEY);
        second = TrackingServers.client(server, SECOND_API_KEY);
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

    private static void assertUnauthorized(HttpResult answer, String message) {
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().path("code").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(answer.json().path("message").asText()).isEqualTo(message);
        assertThat(answer.json().path("data").isNull()).isTrue();
        assertThat(server.admin().entities(TrackingServers.CARRIER)).as("nothing is registered").isEmpty();
    }

    @Test
    void a_query_without_an_api_key_is_refused_with_401() {
        HttpResult answer = TrackingServers.anonymous(server).post("/query").json(body("shunfeng", "SF1234567890"))
                .expectInvalidRequest().send();

        assertUnauthorized(answer, "missing api key: send it in the X-Api-Key header");
    }

    @Test
    void a_query_with_an_empty_api_key_is_refused_with_401() {
        HttpResult answer = TrackingServers.client(server, "").post("/query").json(body("shunfeng", "SF1234567890"))
                .expectInvalidRequest().send();

        assertUnauthorized(answer, "missing api key: send it in the X-Api-Key header");
    }

    @Test
    void a_query_with_an_unknown_api_key_is_refused_with_401() {
        HttpResult answer = TrackingServers.query(TrackingServers.client(server, "not-a-package-tracking-key"), "shunfeng", "SF1234567890");

        assertUnauthorized(answer, "invalid api key");
    }

    @Test
    void the_key_goes_in_the_header_not_in_the_body() {
        HttpResult answer = TrackingServers.anonymous(server).post("/query")
                .json("{\"expCode\": \"shunfeng\", \"expNo\": \"SF1\", \"apiKey\": \"" + API_KEY + "\"}")
                .expectInvalidRequest().send();

        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void an_unauthorized_query_with_a_broken_body_is_still_answered_401() {
        HttpResult answer = TrackingServers.anonymous(server).post("/query").json("{not json").expectInvalidRequest().send();

        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void the_same_number_queried_by_two_keys_is_two_shipments_each_with_its_own_history() {
        tracked(first, "shunfeng", "SF1234567890");
        server.clock().advance(Duration.ofHours(1));

        JsonNode seenBySecond = tracked(second, "shunfeng", "SF1234567890");
        JsonNode seenByFirst = tracked(first, "shunfeng", "SF1234567890");

        assertThat(seenBySecond.path("status").asText()).as("new to the second key").isEqualTo("已揽收");
        assertThat(seenBySecond.path("traces").get(0).path("time").asText()).isEqualTo("2026-01-01 09:00:00");
        assertThat(seenByFirst.path("status").asText()).isEqualTo("已签收");
        assertThat(server.admin().entities(TrackingServers.CARRIER)).extracting(e -> e.credentialId() + "/" + e.id() + "/" + e.state())
                .containsExactly("pt-test/shunfeng:SF1234567890/Delivered", "pt-second/shunfeng:SF1234567890/Collected");
    }

    @Test
    void resetting_one_account_forgets_only_its_shipments() {
        tracked(first, "shunfeng", "SF1234567890");
        tracked(second, "yuantong", "YT1");
        server.clock().advance(Duration.ofHours(1));

        server.admin().reset(TrackingServers.CARRIER, "pt-test");

        assertThat(tracked(first, "shunfeng", "SF1234567890").path("status").asText()).as("known again from now on").isEqualTo("已揽收");
        assertThat(tracked(second, "yuantong", "YT1").path("status").asText()).isEqualTo("已签收");
    }
}
