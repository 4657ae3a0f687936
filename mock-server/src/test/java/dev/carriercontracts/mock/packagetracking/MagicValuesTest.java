package dev.carriercontracts.mock.packagetracking;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static dev.carriercontracts.mock.packagetracking.TrackingServers.API_KEY;
import static dev.carriercontracts.mock.packagetracking.TrackingServers.START;
import static dev.carriercontracts.mock.packagetracking.TrackingServers.query;
import static dev.carriercontracts.mock.packagetracking.TrackingServers.tracked;
import static org.assertj.core.api.Assertions.assertThat;

/** Each magic value of the spec's {@code x-mock-magic-values} gets its documented effect. */
class MagicValuesTest {

    static MockServer server;
    static SpecCheckedClient client;

    @BeforeAll
    static void start() {
        server = TrackingServers.started("");
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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NOTFOUND", "NOTFOUND-123", "SF0000000000", "0000", "jd000"})
    void an_unknown_number_is_not_found_and_not_remembered(String expNo) {
        HttpResult answer = query(client, "shunfeng", expNo);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(answer.json().path("message").asText()).isEqualTo("no tracking information for shunfeng " + expNo);
        assertThat(answer.json().has("data")).as("data is there, null").isTrue();
        assertThat(answer.json().path("data").isNull()).isTrue();
        assertThat(server.admin().entities(TrackingServers.CARRIER)).isEmpty();
        assertThat(query(client, "shunfeng", expNo).status()).as("still unknown later").isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SFNOTFOUND1", "SF0000000001", "SF00A00", "exceptional", "Return1"})
    void a_number_that_only_looks_magic_is_an_ordinary_shipment(String expNo) {
        tracked(client, "shunfeng", expNo);
        server.clock().advance(Duration.ofDays(1));

        assertThat(tracked(client, "shunfeng", expNo).path("status").asText()).isEqualTo("已签收");
    }

    @ParameterizedTest(name = "{0} ends {1}")
    @CsvSource({"EXCEPTION1, 异常, 4", "EXCEPTION-damaged, 异常, 4", "RETURN1, 退回, 9", "RETURNED-9, 退回, 9", "SF1234567890, 已签收, 7"})
    void the_number_chooses_how_the_journey_ends(String expNo, String status, int traces) {
        tracked(client, "shunfeng", expNo);
        server.clock().advance(Duration.ofDays(1));

        JsonNode data = tracked(client, "shunfeng", expNo);

        assertThat(data.path("status").asText()).isEqualTo(status);
        assertThat(data.path("traces")).hasSize(traces);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no-such-carrier", "SHUNFENG", "sf", "shunfeng "})
    void a_carrier_code_the_mock_does_not_list_is_a_param_error(String expCode) {
        HttpResult answer = query(client, expCode, "SF1234567890");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("code").asText()).isEqualTo("PARAM_ERROR");
        assertThat(answer.json().path("message").asText()).isEqualTo("expCode not supported: " + expCode);
        assertThat(answer.json().path("data").isNull()).isTrue();
        assertThat(server.admin().entities(TrackingServers.CARRIER)).isEmpty();
    }

    @Test
    void an_unsupported_carrier_code_is_refused_before_the_number_is_looked_at() {
        HttpResult answer = query(client, "no-such-carrier", "NOTFOUND1");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("message").asText()).isEqualTo("expCode not supported: no-such-carrier");
    }
}
