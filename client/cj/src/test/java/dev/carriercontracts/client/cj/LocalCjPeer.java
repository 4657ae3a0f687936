package dev.carriercontracts.client.cj;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carriercontracts.client.cj.api.CjLogisticsApi;
import dev.carriercontracts.client.core.ClientOptions;
import dev.carriercontracts.client.core.RetryPolicy;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A local HTTP peer standing in for CJ, and a client pointed at it (retries off unless a test builds its own). */
abstract class LocalCjPeer {

    static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.test-access-token";
    static final String BASE_PATH = "/api2.0/v1";

    /** Numbers compared by value, so that {@code 25.30} on the wire equals {@code 25.3} in an expectation. */
    static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue())
            : a.equals(b) ? 0 : 1;

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    final MockWebServer cj = new MockWebServer();
    CjLogisticsApi api;

    @BeforeEach
    void startPeer() throws IOException {
        cj.start();
        api = client(RetryPolicy.disabled());
    }

    @AfterEach
    void stopPeer() throws IOException {
        cj.shutdown();
    }

    CjLogisticsApi client(RetryPolicy retries) {
        return CjClient.create(baseUrl(), TOKEN, ClientOptions.defaults().withRetryPolicy(retries));
    }

    String baseUrl() {
        return cj.url(BASE_PATH).toString();
    }

    void answer(int status, String json) {
        cj.enqueue(new MockResponse().setResponseCode(status)
                .setHeader("Content-Type", "application/json;charset=UTF-8").setBody(json));
    }

    void answer(String json) {
        answer(200, json);
    }

    RecordedRequest sent() throws InterruptedException {
        RecordedRequest request = cj.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("a request reached the peer").isNotNull();
        return request;
    }

    /** Asserts what every call carries: the method, the path under the base URL and the access token. */
    static void assertCall(RecordedRequest request, String method, String path) {
        assertThat(request.getMethod()).isEqualTo(method);
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo(BASE_PATH + path);
        assertThat(request.getHeader(CjClient.ACCESS_TOKEN_HEADER)).isEqualTo(TOKEN);
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    }

    /** Asserts a JSON request body: exactly these fields (absent ones not sent, not even as null), numbers by value. */
    static void assertJsonBody(RecordedRequest request, String expectedJson) throws IOException {
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        String body = request.getBody().readUtf8();
        assertThat(body).doesNotContain("null");
        JsonNode actual = JSON.readTree(body);
        JsonNode expected = JSON.readTree(expectedJson);
        assertThat(actual.equals(SAME_VALUE, expected))
                .as("request body %s equals %s", actual, expected).isTrue();
    }
}
