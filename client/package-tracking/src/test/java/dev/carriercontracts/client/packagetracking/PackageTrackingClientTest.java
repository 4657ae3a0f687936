package dev.carriercontracts.client.packagetracking;

import dev.carriercontracts.client.core.ClientOptions;
import dev.carriercontracts.client.core.RetryPolicy;
import dev.carriercontracts.client.packagetracking.api.PackageTrackingApi;
import dev.carriercontracts.client.packagetracking.model.ApiResponse;
import dev.carriercontracts.client.packagetracking.model.ResultCode;
import dev.carriercontracts.client.packagetracking.model.TrackingQuery;
import dev.carriercontracts.client.packagetracking.model.TrackingResponse;
import dev.carriercontracts.client.packagetracking.model.TrackingStatus;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/** What the generated package-tracking client puts on the wire and how it reads the answers, against a local HTTP peer. */
class PackageTrackingClientTest {

    private static final String API_KEY = "my_api_key";
    private static final TrackingQuery SF_QUERY = new TrackingQuery().expCode("shunfeng").expNo("SF1234567890");

    /** The document's response example. */
    private static final String DELIVERED = """
            {"code": "SUCCESS", "message": "success",
             "data": {"status": "已签收", "statusDesc": "快件已签收",
                      "traces": [{"time": "2024-01-01 10:00:00", "desc": "已签收"}]}}""";

    private final MockWebServer provider = new MockWebServer();
    private PackageTrackingApi api;

    @BeforeEach
    void start() throws IOException {
        provider.start();
        api = PackageTrackingClient.create(provider.url("/package-tracking/v1").toString(), API_KEY,
                ClientOptions.defaults().withRetryPolicy(RetryPolicy.disabled()));
    }

    @AfterEach
    void stop() throws IOException {
        provider.shutdown();
    }

    private void answer(int status, String json) {
        provider.enqueue(new MockResponse().setResponseCode(status)
                .setHeader("Content-Type", "application/json;charset=UTF-8").setBody(json));
    }

    @Test
    void query_posts_the_carrier_code_and_number_as_json_with_the_api_key_header() throws Exception {
        answer(200, DELIVERED);

        api.queryTracking(SF_QUERY);

        RecordedRequest request = provider.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/package-tracking/v1/query");
        assertThat(request.getHeader("X-Api-Key")).isEqualTo(API_KEY);
        assertThat(request.getHeader("Authorization")).isNull();
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(request.getHeader("Accept")).contains("application/json");
        assertThat(request.getBody().readUtf8()).isEqualTo("{\"expCode\":\"shunfeng\",\"expNo\":\"SF1234567890\"}");
    }

    @Test
    void a_query_is_retried_after_503_although_it_is_a_post() {
        PackageTrackingApi retrying = PackageTrackingClient.create(provider.url("/package-tracking/v1").toString(), API_KEY,
                ClientOptions.defaults().withRetryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(1))));
        answer(503, "{\"code\": \"SYSTEM_ERROR\", \"message\": \"busy\", \"data\": null}");
        answer(200, DELIVERED);

        assertThat(retrying.queryTracking(SF_QUERY).getData().getStatus()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(provider.getRequestCount()).isEqualTo(2);
    }

    @Test
    void the_documents_delivered_example_decodes_into_the_models() {
        answer(200, DELIVERED);

        TrackingResponse answer = api.queryTracking(SF_QUERY);

        assertThat(answer.getCode()).isEqualTo(ResultCode.SUCCESS);
        assertThat(answer.getMessage()).isEqualTo("success");
        assertThat(answer.getData().getStatus()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(answer.getData().getStatusDesc()).isEqualTo("快件已签收");
        assertThat(answer.getData().getTraces()).singleElement().satisfies(trace -> {
            assertThat(trace.getTime()).isEqualTo("2024-01-01 10:00:00");
            assertThat(trace.getDesc()).isEqualTo("已签收");
        });
    }

    @Test
    void an_in_transit_answer_keeps_its_traces_newest_first() {
        answer(200, """
                {"code": "SUCCESS", "message": "success",
                 "data": {"status": "运输中", "statusDesc": "快件已到达【上海转运中心】，正发往下一站",
                          "traces": [{"time": "2024-01-02 06:12:40", "desc": "快件已到达【上海转运中心】"},
                                     {"time": "2024-01-01 21:05:13", "desc": "快件已从【深圳转运中心】发出，准备发往【上海转运中心】"},
                                     {"time": "2024-01-01 18:30:02", "desc": "顺丰速运 已收取快件"}]}}""");

        TrackingResponse answer = api.queryTracking(SF_QUERY);

        assertThat(answer.getData().getStatus()).isEqualTo(TrackingStatus.IN_TRANSIT);
        assertThat(answer.getData().getTraces()).extracting(trace -> trace.getTime())
                .containsExactly("2024-01-02 06:12:40", "2024-01-01 21:05:13", "2024-01-01 18:30:02");
        assertThat(answer.getData().getTraces().get(2).getDesc()).isEqualTo("顺丰速运 已收取快件");
    }

    @Test
    void a_registered_number_without_events_decodes_with_no_traces() {
        answer(200, "{\"code\": \"SUCCESS\", \"message\": \"success\", \"data\": {\"status\": \"已揽收\", \"statusDesc\": \"快件已揽收\", \"traces\": []}}");

        assertThat(api.queryTracking(SF_QUERY).getData().getTraces()).isEmpty();
    }

    @ParameterizedTest(name = "{0} decodes as {1}")
    @CsvSource({"已揽收, COLLECTED", "运输中, IN_TRANSIT", "派送中, OUT_FOR_DELIVERY",
            "已签收, DELIVERED", "异常, EXCEPTION", "退回, RETURNED"})
    void each_chinese_status_label_decodes_into_its_enum_constant(String label, TrackingStatus expected) {
        answer(200, "{\"code\": \"SUCCESS\", \"message\": \"success\", \"data\": {\"status\": \"" + label
                + "\", \"statusDesc\": \"…\", \"traces\": []}}");

        TrackingStatus status = api.queryTracking(SF_QUERY).getData().getStatus();

        assertThat(status).isEqualTo(expected);
        assertThat(status.getValue()).isEqualTo(label);
    }

    @Test
    void an_unknown_status_label_decodes_to_the_unknown_default() {
        answer(200, "{\"code\": \"SUCCESS\", \"message\": \"success\", \"data\": {\"status\": \"已取消\", \"statusDesc\": \"订单已取消\", \"traces\": []}}");

        TrackingResponse answer = api.queryTracking(SF_QUERY);

        assertThat(answer.getData().getStatus()).isEqualTo(TrackingStatus.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(answer.getData().getStatusDesc()).isEqualTo("订单已取消");
    }

    @Test
    void the_with_http_info_variant_returns_status_headers_and_the_decoded_body() throws Exception {
        provider.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                .setHeader("X-Request-Id", "req-1").setBody(DELIVERED));

        ApiResponse<TrackingResponse> answer = api.queryTrackingWithHttpInfo(SF_QUERY);

        assertThat(answer.getStatusCode()).isEqualTo(200);
        assertThat(answer.getHeaders()).containsKey("x-request-id");
        assertThat(answer.getData().getData().getStatus()).isEqualTo(TrackingStatus.DELIVERED);
        RecordedRequest request = provider.takeRequest();
        assertThat(request.getPath()).isEqualTo("/package-tracking/v1/query");
        assertThat(request.getHeader("X-Api-Key")).isEqualTo(API_KEY);
    }

    @ParameterizedTest(name = "HTTP {0} {1}")
    @CsvSource(delimiter = '|', value = {
            "400 | PARAM_ERROR       | expNo is required",
            "400 | PARAM_ERROR       | expCode not supported: foo",
            "401 | UNAUTHORIZED      | invalid or missing api key",
            "404 | NOT_FOUND         | no tracking information for shunfeng SF0000000000",
            "413 | PAYLOAD_TOO_LARGE | request body too large",
            "429 | RATE_LIMITED      | too many requests, retry later",
            "500 | SYSTEM_ERROR      | system error, retry later",
            "503 | SYSTEM_ERROR      | system error, retry later"})
    void every_error_envelope_of_the_spec_becomes_a_typed_exception(int status, ResultCode code, String message) {
        MockResponse response = new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody("{\"code\": \"" + code + "\", \"message\": \"" + message + "\", \"data\": null}");
        if (status == 429) {
            response.setHeader("Retry-After", "1");
        }
        provider.enqueue(response);

        assertThatThrownBy(() -> api.queryTracking(SF_QUERY))
                .asInstanceOf(type(PackageTrackingException.class))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.carrierCode()).contains(code.getValue());
                    assertThat(e.resultCode()).isEqualTo(code);
                    assertThat(e.carrierMessage()).isEqualTo(message);
                    assertThat(e.getMessage()).isEqualTo("HTTP " + status + " [" + code + "]: " + message);
                });
    }

    @Test
    void an_http_200_answer_with_an_error_code_is_a_typed_exception_not_a_result() {
        answer(200, "{\"code\": \"NOT_FOUND\", \"message\": \"no tracking information for shunfeng SF0000000000\", \"data\": null}");

        assertThatThrownBy(() -> api.queryTracking(SF_QUERY))
                .asInstanceOf(type(PackageTrackingException.class))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.carrierCode()).contains("NOT_FOUND");
                    assertThat(e.resultCode()).isEqualTo(ResultCode.NOT_FOUND);
                    assertThat(e.carrierMessage()).isEqualTo("no tracking information for shunfeng SF0000000000");
                });
    }

    @Test
    void an_http_200_answer_with_a_code_the_spec_does_not_list_is_a_typed_exception_with_that_code() {
        answer(200, "{\"code\": \"QUOTA_EXHAUSTED\", \"message\": \"monthly quota used up\", \"data\": null}");

        assertThatThrownBy(() -> api.queryTracking(SF_QUERY))
                .asInstanceOf(type(PackageTrackingException.class))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.carrierCode()).contains("QUOTA_EXHAUSTED");
                    assertThat(e.resultCode()).isEqualTo(ResultCode.UNKNOWN_DEFAULT_OPEN_API);
                    assertThat(e.carrierMessage()).isEqualTo("monthly quota used up");
                });
    }

    @Test
    void an_http_200_answer_without_a_result_code_is_a_typed_exception() {
        answer(200, "{\"message\": \"success\", \"data\": null}");

        assertThatThrownBy(() -> api.queryTracking(SF_QUERY))
                .asInstanceOf(type(PackageTrackingException.class))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.carrierCode()).isEmpty();
                    assertThat(e.resultCode()).isEqualTo(ResultCode.UNKNOWN_DEFAULT_OPEN_API);
                    assertThat(e.carrierMessage()).isEqualTo("success");
                });
    }

    @Test
    void a_non_json_error_body_still_gives_a_readable_exception() {
        provider.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/plain").setBody("Bad Gateway"));

        assertThatThrownBy(() -> api.queryTracking(SF_QUERY))
                .asInstanceOf(type(PackageTrackingException.class))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.carrierCode()).isEmpty();
                    assertThat(e.carrierMessage()).isEqualTo("Bad Gateway");
                    assertThat(e.getMessage()).isEqualTo("HTTP 502: Bad Gateway");
                });
    }

    @Test
    void an_empty_error_body_still_gives_a_readable_exception() {
        provider.enqueue(new MockResponse().setResponseCode(401));

        assertThatThrownBy(() -> api.queryTracking(SF_QUERY))
                .asInstanceOf(type(PackageTrackingException.class))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.carrierCode()).isEmpty();
                    assertThat(e.carrierMessage()).isEqualTo("HTTP 401");
                });
    }
}
