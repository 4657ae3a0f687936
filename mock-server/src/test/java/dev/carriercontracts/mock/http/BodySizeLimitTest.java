package dev.carriercontracts.mock.http;

import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import dev.carriercontracts.mock.support.TestServers;
import dev.carriercontracts.mock.testcarrier.AuthStyle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Bodies over server.maxBodyBytes are refused in the carrier's format, however they are sent. */
class BodySizeLimitTest {

    static MockServer server;
    static SpecCheckedClient alice;

    @BeforeAll
    static void start() {
        server = TestServers.started(AuthStyle.BASIC, "server:\n  maxBodyBytes: 1024\n");
        alice = TestServers.alice(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static byte[] parcelWithNote(int noteLength) {
        return ("{\"reference\": \"R\", \"weight_grams\": 1, \"note\": \"" + "n".repeat(noteLength) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_body_declared_larger_than_the_limit_is_refused_early() {
        HttpResult answer = alice.post("/parcels").body("application/json", parcelWithNote(2000)).send();

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().path("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(answer.json().path("message").asText()).contains("1024");
    }

    @Test
    void a_chunked_body_that_grows_past_the_limit_is_refused() {
        HttpResult answer = alice.post("/parcels").body("application/json", parcelWithNote(5000)).chunked().send();

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().path("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void a_chunked_body_within_the_limit_is_accepted() {
        HttpResult answer = alice.post("/parcels").body("application/json", parcelWithNote(100)).chunked().send();

        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void a_body_exactly_at_the_limit_is_accepted() {
        byte[] body = parcelWithNote(0);
        byte[] exact = parcelWithNote(1024 - body.length);

        assertThat(exact).hasSize(1024);
        assertThat(alice.post("/parcels").body("application/json", exact).send().status()).isEqualTo(201);
    }
}
