package dev.carriercontracts.client.trackingmore;

import dev.carriercontracts.client.core.ClientOptions;
import dev.carriercontracts.client.core.RetryPolicy;
import dev.carriercontracts.client.trackingmore.api.TrackingMoreApi;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * A local HTTP peer standing in for TrackingMore (MockWebServer under {@code /v2}) and a client
 * pointed at it, retries off so every failure surfaces at once.
 */
abstract class LocalTrackingMore {

    static final String API_KEY = "b8e8f5f3-7c1a-4c0e-9f43-2d1f0a6e5c77";

    final MockWebServer carrier = new MockWebServer();
    TrackingMoreApi api;

    @BeforeEach
    void start() throws IOException {
        carrier.start();
        api = TrackingMoreClient.create(baseUrl(), API_KEY,
                ClientOptions.defaults().withRetryPolicy(RetryPolicy.disabled()));
    }

    @AfterEach
    void stop() throws IOException {
        carrier.shutdown();
    }

    String baseUrl() {
        return carrier.url("/v2").toString();
    }

    void answer(int status, String json) {
        carrier.enqueue(new MockResponse().setResponseCode(status)
                .setHeader("Content-Type", "application/json; charset=utf-8").setBody(json));
    }

    /** Answers with the named example of the spec for that operation's response. */
    void answerWithExample(int status, String path, String method, String example) {
        answer(status, SpecExamples.response(path, method, String.valueOf(status), example));
    }

    RecordedRequest sent() throws InterruptedException {
        RecordedRequest request = carrier.takeRequest(5, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("the client sent no request");
        }
        return request;
    }
}
