package dev.carriercontracts.mock.http;

import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.faults.Fault;
import dev.carriercontracts.mock.faults.FaultRule;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import dev.carriercontracts.mock.support.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.carriercontracts.mock.support.TestServers.CARRIER;
import static org.assertj.core.api.Assertions.assertThat;

/** The pipeline runs fault injection, body limit, auth, validation, handler, journal, in that order. */
class RequestPipelineTest {

    private static final String VALID = "{\"reference\": \"R1\", \"weight_grams\": 500}";
    private static final String INVALID = "{\"reference\": \"R1\"}";

    static MockServer server;
    static SpecCheckedClient alice;
    static SpecCheckedClient anonymous;

    @BeforeAll
    static void start() {
        server = TestServers.started(dev.carriercontracts.mock.testcarrier.AuthStyle.BASIC, "server:\n  maxBodyBytes: 2048\n");
        alice = TestServers.alice(server);
        anonymous = TestServers.anonymous(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.admin().resetAll();
    }

    @Test
    void a_valid_authenticated_request_reaches_the_handler() {
        HttpResult created = alice.post("/parcels").json(VALID).send();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("state").asText()).isEqualTo("CREATED");
        assertThat(created.json().path("id").asText()).startsWith("P");
    }

    @Test
    void an_injected_fault_wins_over_every_later_stage() {
        server.faults().add(FaultRule.always(CARRIER, "createParcel", new Fault.ErrorStatus(503)));

        HttpResult answer = anonymous.post("/parcels").json("x".repeat(4096)).expectInvalidRequest().send();

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.json().path("code").asText()).isEqualTo("INJECTED_503");
    }

    @Test
    void an_oversized_body_is_refused_before_authentication() {
        HttpResult answer = anonymous.post("/parcels").json("{\"reference\": \"" + "x".repeat(4096) + "\"}").expectInvalidRequest().send();

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().path("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void authentication_comes_before_validation() {
        HttpResult answer = anonymous.post("/parcels").json(INVALID).expectInvalidRequest().send();

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().path("code").asText()).isEqualTo("UNAUTHORIZED_MISSING");
    }

    @Test
    void validation_comes_before_the_handler() {
        HttpResult answer = alice.post("/parcels").json(INVALID).expectInvalidRequest().send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("violations").get(0).path("name").asText()).isEqualTo("/weight_grams");
        assertThat(server.module(CARRIER).orElseThrow().entities()).isEmpty();
    }

    @Test
    void every_answered_request_is_journaled_with_its_status() {
        alice.post("/parcels").json(VALID).send();
        alice.post("/parcels").json(INVALID).expectInvalidRequest().send();
        anonymous.post("/parcels").json(VALID).expectInvalidRequest().send();

        assertThat(server.journal().all()).extracting(e -> e.status()).containsExactly(201, 400, 401);
        assertThat(server.journal().all()).extracting(e -> e.credentialId()).containsExactly("alice", "alice", null);
    }

    @Test
    void an_unexpected_exception_answers_the_carriers_server_error() {
        HttpResult answer = alice.post("/explode").send();

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.json().path("code").asText()).isEqualTo("INTERNAL");
        assertThat(answer.json().path("message").asText()).contains("boom");
    }

    @Test
    void a_binary_answer_is_sent_as_is() {
        String id = alice.post("/parcels").json(VALID).send().json().path("id").asText();

        HttpResult label = alice.get("/parcels/" + id + "/label").send();

        assertThat(label.status()).isEqualTo(200);
        assertThat(label.header("Content-Type")).hasValue("application/pdf");
        assertThat(label.text()).startsWith("%PDF-");
    }
}
