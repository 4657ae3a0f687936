package dev.carriercontracts.client.core;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvelopeTest {

    private final MockWebServer server = new MockWebServer();
    private TestCarrier.Api api;

    @BeforeEach
    void start() throws IOException {
        server.start();
        api = CarrierFeign.forCarrier(TestCarrier.Failure::from)
                .decoder(TestCarrier::decoder)
                .envelope(TestCarrier.ENVELOPE)
                .build(TestCarrier.Api.class, server.url("/").toString(), ClientOptions.defaults());
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void a_failure_reported_inside_http_200_raises_the_typed_error() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                .setBody("{\"ok\": false, \"code\": \"1600100\", \"message\": \"Param error\"}"));

        assertThatThrownBy(() -> api.get("7"))
                .isInstanceOfSatisfying(TestCarrier.Failure.class, e -> {
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.carrierCode()).contains("1600100");
                    assertThat(e.carrierMessage()).isEqualTo("Param error");
                    assertThat(e.contentUTF8()).contains("Param error");
                });
    }

    @Test
    void a_successful_envelope_is_decoded_normally() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                .setBody("{\"ok\": true, \"id\": \"7\", \"name\": \"seven\", \"extra\": 1}"));

        assertThat(api.get("7")).isEqualTo(new TestCarrier.Thing("7", "seven", null));
    }

    @Test
    void binary_answers_pass_through_byte_for_byte() throws Exception {
        byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', (byte) 0xE2, (byte) 0xE3, 0, (byte) 0xFF, '\n'};
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/octet-stream")
                .setBody(new okio.Buffer().write(pdf)));

        assertThat(api.document()).isEqualTo(pdf);
    }

    @Test
    void absent_fields_are_left_out_of_request_bodies() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"id\":\"1\"}"));

        api.create(new TestCarrier.Thing(null, "new", null));

        assertThat(server.takeRequest().getBody().readUtf8()).isEqualTo("{\"name\":\"new\"}");
    }
}
