package dev.carriercontracts.client.core;

import feign.RetryableException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeoutTest {

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void read_timeout_fires_when_the_carrier_answers_too_slowly() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"id\":\"7\"}")
                .setHeadersDelay(3, TimeUnit.SECONDS));
        TestCarrier.Api api = CarrierFeign.forCarrier(TestCarrier.Failure::from)
                .decoder(TestCarrier::decoder)
                .build(TestCarrier.Api.class, server.url("/").toString(), ClientOptions.defaults()
                        .withReadTimeout(Duration.ofMillis(200))
                        .withRetryPolicy(RetryPolicy.disabled()));

        long started = System.nanoTime();
        assertThatThrownBy(() -> api.get("7"))
                .isInstanceOf(RetryableException.class)
                .hasCauseInstanceOf(SocketTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void timeouts_must_be_positive() {
        assertThatThrownBy(() -> ClientOptions.defaults().withConnectTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connectTimeout");
    }
}
