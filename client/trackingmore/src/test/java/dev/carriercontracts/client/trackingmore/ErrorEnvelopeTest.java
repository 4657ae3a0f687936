package dev.carriercontracts.client.trackingmore;

import dev.carriercontracts.client.core.ClientOptions;
import dev.carriercontracts.client.core.RetryPolicy;
import dev.carriercontracts.client.trackingmore.api.TrackingMoreApi;
import dev.carriercontracts.client.trackingmore.model.RealtimeQuery;
import dev.carriercontracts.client.trackingmore.model.NewTracking;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How TrackingMore's {@code meta} envelope becomes a {@link TrackingMoreException}: every error
 * example of the spec, the failures TrackingMore reports inside HTTP 200, and bodies that are not
 * an envelope at all.
 */
class ErrorEnvelopeTest extends LocalTrackingMore {

    static List<SpecExamples.ErrorExample> errorExamplesOfTheSpec() {
        return SpecExamples.errorExamples();
    }

    static List<String> operationsOfTheSpec() {
        return SpecExamples.operationIds();
    }

    @Test
    void the_tests_call_every_operation_of_the_spec() {
        assertThat(SpecExamples.operationIds()).hasSize(16);
        assertThat(Operations.ALL.keySet()).containsExactlyInAnyOrderElementsOf(SpecExamples.operationIds());
        assertThat(SpecExamples.errorExamples()).extracting(SpecExamples.ErrorExample::status)
                .contains(400, 401, 404, 413, 429, 500, 503);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorExamplesOfTheSpec")
    void every_error_example_of_the_spec_becomes_a_typed_exception_with_its_meta(SpecExamples.ErrorExample example) {
        MockResponse response = new MockResponse().setResponseCode(example.status())
                .setHeader("Content-Type", "application/json").setBody(example.envelope().toString());
        if (example.status() == 429) {
            response.setHeader("Retry-After", "120");
        }
        carrier.enqueue(response);

        assertThatThrownBy(() -> Operations.ALL.get(example.operationId()).accept(api))
                .isInstanceOfSatisfying(TrackingMoreException.class, e -> {
                    assertThat(e.status()).isEqualTo(example.status());
                    assertThat(e.metaCode()).isEqualTo(example.code());
                    assertThat(e.carrierCode()).contains(String.valueOf(example.code()));
                    assertThat(e.metaType()).contains(example.type());
                    assertThat(e.metaMessage()).isEqualTo(example.message());
                    assertThat(e.carrierMessage()).isEqualTo(example.message());
                    assertThat(e.getMessage()).isEqualTo("HTTP " + example.status() + " [" + example.code() + "]: "
                            + example.message());
                });
        assertThat(carrier.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsOfTheSpec")
    void every_operation_sends_the_api_key_and_turns_a_refused_key_into_4001(String operationId) throws Exception {
        answer(401, "{\"meta\": {\"code\": 4001, \"type\": \"Unauthorized\", \"message\": \"Invalid API key.\"}, \"data\": []}");

        assertThatThrownBy(() -> Operations.ALL.get(operationId).accept(api))
                .isInstanceOfSatisfying(TrackingMoreException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.metaCode()).isEqualTo(4001);
                    assertThat(e.metaMessage()).isEqualTo("Invalid API key.");
                });
        RecordedRequest request = sent();
        assertThat(request.getHeader("Trackingmore-Api-Key")).isEqualTo(API_KEY);
        assertThat(request.getHeader("Accept")).contains("application/json");
        assertThat(request.getPath()).startsWith("/v2/trackings/");
    }

    @ParameterizedTest(name = "meta.code {0} inside HTTP 200")
    @CsvSource(delimiter = '|', value = {
            "4031 | No Content  | The number was never added: create it with POST /trackings/post, then read it.",
            "4032 | No Content  | The carrier could not be detected; specify the carrier code.",
            "202  | Bad Request | The request was successful but exceeded a limit.",
            "4016 | Bad Request | Tracking already exists."})
    void a_failure_reported_inside_http_200_raises_the_typed_exception(int code, String type, String message) {
        answer(200, "{\"meta\": {\"code\": " + code + ", \"type\": \"" + type + "\", \"message\": \"" + message
                + "\"}, \"data\": []}");

        assertThatThrownBy(() -> api.getTracking("singapore-post", "RP893531375SG"))
                .isInstanceOfSatisfying(TrackingMoreException.class, e -> {
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.metaCode()).isEqualTo(code);
                    assertThat(e.carrierCode()).contains(String.valueOf(code));
                    assertThat(e.metaType()).contains(type);
                    assertThat(e.metaMessage()).isEqualTo(message);
                    assertThat(e.contentUTF8()).contains(message);
                });
    }

    @Test
    void a_failure_inside_http_200_also_raises_from_the_with_http_info_variant_and_from_batch_calls() {
        answer(200, "{\"meta\": {\"code\": 4031, \"type\": \"No Content\", \"message\": \"Add the number first.\"}, \"data\": []}");
        answer(200, "{\"meta\": {\"code\": 4021, \"type\": \"Bad Request\", \"message\": \"Quota exhausted.\"}, \"data\": []}");

        assertThatThrownBy(() -> api.getTrackingWithHttpInfo("singapore-post", "RP893531375SG"))
                .isInstanceOfSatisfying(TrackingMoreException.class, e -> assertThat(e.metaCode()).isEqualTo(4031));
        assertThatThrownBy(() -> api.createTrackingsBatch(List.of(new NewTracking()
                .trackingNumber("RP893531375SG").carrierCode("singapore-post"))))
                .isInstanceOfSatisfying(TrackingMoreException.class, e -> {
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.metaCode()).isEqualTo(4021);
                });
    }

    @Test
    void a_batch_of_more_than_40_is_sent_whole_and_refused_with_4020() throws Exception {
        answer(400, SpecExamples.response("/trackings/batch", "post", "400", "tooManyItems"));
        List<NewTracking> batch = IntStream.rangeClosed(1, 41)
                .mapToObj(i -> new NewTracking().trackingNumber("RP%09dSG".formatted(i)).carrierCode("singapore-post"))
                .toList();

        assertThatThrownBy(() -> api.createTrackingsBatch(batch))
                .isInstanceOfSatisfying(TrackingMoreException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.metaCode()).isEqualTo(4020);
                    assertThat(e.metaMessage()).isEqualTo("Up to 40 trackings at a time.");
                });
        assertThat(sent().getBody().readUtf8()).contains("RP000000041SG");
    }

    @Test
    void a_non_json_error_body_still_gives_a_readable_exception() {
        carrier.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/plain").setBody("Bad Gateway"));

        assertThatThrownBy(() -> api.getUserInfo())
                .isInstanceOfSatisfying(TrackingMoreException.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.metaCode()).isEqualTo(502);
                    assertThat(e.carrierCode()).isEmpty();
                    assertThat(e.metaType()).isEmpty();
                    assertThat(e.metaMessage()).isEqualTo("Bad Gateway");
                    assertThat(e.getMessage()).isEqualTo("HTTP 502: Bad Gateway");
                });
    }

    @Test
    void an_empty_or_long_html_error_body_gives_the_http_status_as_message() {
        carrier.enqueue(new MockResponse().setResponseCode(500));
        carrier.enqueue(new MockResponse().setResponseCode(503).setHeader("Content-Type", "text/html")
                .setBody("<html><body>" + "maintenance ".repeat(40) + "</body></html>"));

        assertThatThrownBy(() -> api.createTracking(new NewTracking().trackingNumber("A1").carrierCode("dhl")))
                .isInstanceOfSatisfying(TrackingMoreException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.metaMessage()).isEqualTo("HTTP 500");
                    assertThat(e.carrierCode()).isEmpty();
                });
        assertThatThrownBy(() -> api.getUserInfo())
                .isInstanceOfSatisfying(TrackingMoreException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.metaCode()).isEqualTo(503);
                    assertThat(e.metaMessage()).isEqualTo("HTTP 503");
                });
    }

    @Test
    void a_json_error_body_without_meta_is_quoted_as_the_message() {
        answer(404, "{\"error\": \"no route\"}");

        assertThatThrownBy(() -> api.getUserInfo())
                .isInstanceOfSatisfying(TrackingMoreException.class, e -> {
                    assertThat(e.metaCode()).isEqualTo(404);
                    assertThat(e.carrierCode()).isEmpty();
                    assertThat(e.metaMessage()).isEqualTo("{\"error\": \"no route\"}");
                });
    }

    @Test
    void a_rate_limited_read_is_retried_when_retries_are_on_but_a_create_is_not() throws Exception {
        TrackingMoreApi retrying = TrackingMoreClient.create(baseUrl(), API_KEY, ClientOptions.defaults()
                .withRetryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(1))));
        String rateLimited = SpecExamples.response("/trackings/getuserinfo", "get", "429", "rateLimited");
        carrier.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "120")
                .setHeader("Content-Type", "application/json").setBody(rateLimited));
        answerWithExample(200, "/trackings/getuserinfo", "get", "account");

        assertThat(retrying.getUserInfo().getData().getTrackNumber()).isEqualTo(9999L);
        assertThat(carrier.getRequestCount()).isEqualTo(2);

        carrier.enqueue(new MockResponse().setResponseCode(429).setHeader("Content-Type", "application/json")
                .setBody(rateLimited));
        assertThatThrownBy(() -> retrying.createTracking(new NewTracking().trackingNumber("A1").carrierCode("dhl")))
                .isInstanceOfSatisfying(TrackingMoreException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.metaCode()).isEqualTo(429);
                });
        assertThat(carrier.getRequestCount()).isEqualTo(3);
    }

    @Test
    void a_realtime_query_is_a_post_that_only_reads_so_it_is_retried() throws Exception {
        TrackingMoreApi retrying = TrackingMoreClient.create(baseUrl(), API_KEY, ClientOptions.defaults()
                .withRetryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(1))));
        carrier.enqueue(new MockResponse().setResponseCode(503).setHeader("Content-Type", "application/json")
                .setBody("{\"meta\": {\"code\": 503, \"type\": \"Service Unavailable\", \"message\": \"busy\"}, \"data\": []}"));
        answerWithExample(200, "/trackings/realtime", "post", "delivered");

        assertThat(retrying.getRealtimeTracking(new RealtimeQuery().trackingNumber("RP893531375SG").carrierCode("singapore-post"))
                .getData()).isNotNull();
        assertThat(carrier.getRequestCount()).isEqualTo(2);
    }
}
