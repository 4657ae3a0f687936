package dev.carriercontracts.client.core;

import feign.RetryableException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryTest {

    private final MockWebServer server = new MockWebServer();
    private final List<Duration> waits = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private TestCarrier.Api client(RetryPolicy policy, String... safeOperations) {
        return CarrierFeign.forCarrier(TestCarrier.Failure::from)
                .decoder(TestCarrier::decoder)
                .safeToRetry(safeOperations)
                .sleeper(waits::add)
                .build(TestCarrier.Api.class, server.url("/").toString(), ClientOptions.defaults().withRetryPolicy(policy));
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    @Test
    void get_is_retried_after_503_until_it_succeeds() {
        server.enqueue(json(503, "{\"code\":\"busy\",\"message\":\"try later\"}"));
        server.enqueue(json(503, "{\"code\":\"busy\",\"message\":\"try later\"}"));
        server.enqueue(json(200, "{\"id\":\"7\",\"name\":\"seven\"}"));

        TestCarrier.Thing thing = client(RetryPolicy.defaults()).get("7");

        assertThat(thing.name()).isEqualTo("seven");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(waits).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void retry_after_of_a_429_sets_the_wait_within_the_maximum_backoff() {
        server.enqueue(json(429, "{\"code\":\"slow_down\",\"message\":\"rate limited\"}").setHeader("Retry-After", "2"));
        server.enqueue(json(429, "{\"code\":\"slow_down\",\"message\":\"rate limited\"}").setHeader("Retry-After", "60"));
        server.enqueue(json(200, "{\"id\":\"7\"}"));

        client(RetryPolicy.defaults()).get("7");

        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(2));
        assertThat(waits.get(1)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void giving_up_surfaces_the_carriers_typed_error() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(503, "{\"code\":\"busy\",\"message\":\"down for maintenance\"}"));
        }

        assertThatThrownBy(() -> client(RetryPolicy.defaults()).get("7"))
                .isInstanceOfSatisfying(TestCarrier.Failure.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.carrierCode()).contains("busy");
                    assertThat(e.carrierMessage()).isEqualTo("down for maintenance");
                });
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void post_is_never_retried_because_a_create_could_run_twice() {
        server.enqueue(json(503, "{\"code\":\"busy\",\"message\":\"try later\"}"));
        server.enqueue(json(200, "{\"id\":\"1\"}"));

        assertThatThrownBy(() -> client(RetryPolicy.defaults()).create(new TestCarrier.Thing(null, "new", null)))
                .isInstanceOf(TestCarrier.Failure.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void a_post_the_carrier_documents_as_a_query_is_retried_when_marked_safe() {
        server.enqueue(json(503, "{\"code\":\"busy\",\"message\":\"try later\"}"));
        server.enqueue(json(200, "{\"id\":\"1\",\"name\":\"quoted\"}"));

        assertThat(client(RetryPolicy.defaults(), "create").create(new TestCarrier.Thing(null, "quote", null)).name())
                .isEqualTo("quoted");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void put_is_idempotent_and_retried() {
        server.enqueue(json(503, "{}"));
        server.enqueue(json(200, "{\"id\":\"1\",\"name\":\"renamed\"}"));

        assertThat(client(RetryPolicy.defaults()).replace("1", new TestCarrier.Thing("1", "renamed", null)).name())
                .isEqualTo("renamed");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void a_dropped_connection_is_retried_for_a_get() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        server.enqueue(json(200, "{\"id\":\"7\"}"));

        assertThat(client(RetryPolicy.defaults()).get("7").id()).isEqualTo("7");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void a_dropped_connection_on_a_post_surfaces_at_once() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        server.enqueue(json(200, "{\"id\":\"1\"}"));

        assertThatThrownBy(() -> client(RetryPolicy.defaults()).create(new TestCarrier.Thing(null, "new", null)))
                .isInstanceOf(RetryableException.class)
                .hasCauseInstanceOf(IOException.class);
        assertThat(waits).isEmpty();
    }

    @Test
    void a_dropped_connection_on_a_post_marked_safe_is_retried() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        server.enqueue(json(200, "{\"id\":\"1\"}"));

        assertThat(client(RetryPolicy.defaults(), "create").create(new TestCarrier.Thing(null, "quote", null)).id())
                .isEqualTo("1");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void disabled_retries_surface_the_first_failure() {
        server.enqueue(json(503, "{\"code\":\"busy\",\"message\":\"try later\"}"));
        server.enqueue(json(200, "{\"id\":\"7\"}"));

        assertThatThrownBy(() -> client(RetryPolicy.disabled()).get("7")).isInstanceOf(TestCarrier.Failure.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void client_errors_are_not_retried() {
        server.enqueue(json(404, "{\"code\":\"not_found\",\"message\":\"no such thing\"}"));

        assertThatThrownBy(() -> client(RetryPolicy.defaults()).get("7"))
                .isInstanceOfSatisfying(TestCarrier.Failure.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
