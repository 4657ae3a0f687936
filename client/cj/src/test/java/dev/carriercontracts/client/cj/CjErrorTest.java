package dev.carriercontracts.client.cj;

import dev.carriercontracts.client.cj.api.CjLogisticsApi;
import dev.carriercontracts.client.cj.model.FreightCalculateRequest;
import dev.carriercontracts.client.cj.model.PartnerFreightRequest;
import dev.carriercontracts.client.cj.model.SupplierTemplateRequest;
import dev.carriercontracts.client.cj.model.VariantQuantity;
import dev.carriercontracts.client.core.CarrierException;
import dev.carriercontracts.client.core.RetryPolicy;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CJ's failures, inside HTTP 200 and as HTTP errors, all surface as {@link CjException}. */
class CjErrorTest extends LocalCjPeer {

    private static final FreightCalculateRequest FREIGHT = new FreightCalculateRequest()
            .startCountryCode("US").endCountryCode("US")
            .products(List.of(new VariantQuantity().vid("439FC05B-1311-4349-87FA-1E1EF942C418").quantity(2)));

    @Test
    void a_param_error_inside_http_200_raises_cj_exception_with_code_message_and_request_id() {
        answer("""
                {"code": 1600100, "result": false, "message": "Param error", "data": null,
                 "requestId": "323fda9d-3c94-41dc-a944-5cc1b8baf5b1"}""");

        assertThatThrownBy(() -> api.freightCalculate(FREIGHT))
                .isInstanceOfSatisfying(CjException.class, e -> {
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.code()).hasValue(CjException.PARAM_ERROR);
                    assertThat(e.carrierCode()).contains("1600100");
                    assertThat(e.carrierMessage()).isEqualTo("Param error");
                    assertThat(e.result()).contains(false);
                    assertThat(e.requestId()).contains("323fda9d-3c94-41dc-a944-5cc1b8baf5b1");
                    assertThat(e.getMessage())
                            .isEqualTo("HTTP 200 [1600100]: Param error (requestId 323fda9d-3c94-41dc-a944-5cc1b8baf5b1)");
                    assertThat(e.contentUTF8()).contains("\"result\": false");
                });
    }

    @Test
    void invalid_and_missing_access_tokens_raise_cj_exception() {
        answer("""
                {"code": 1600001, "result": false,
                 "message": "Invalid API key or access token. How to get access token: https://developers.cjdropshipping.cn/en/api/api2/api/auth.html#_1-1-get-access-token-post",
                 "data": null, "requestId": "7d1f4c2e-5b8a-4e07-9a31-2c6f0e8b4d15"}""");
        answer("""
                {"code": 1600002, "result": false, "message": "access token cannot be empty", "data": null,
                 "requestId": "0b9e6a73-41d2-4c8f-b5e0-93a7d2c61f08"}""");

        assertThatThrownBy(() -> api.trackInfo(List.of("CJPKL7160102171YQ")))
                .isInstanceOfSatisfying(CjException.class, e -> {
                    assertThat(e.code()).hasValue(CjException.INVALID_TOKEN);
                    assertThat(e.carrierMessage()).startsWith("Invalid API key or access token.");
                    assertThat(e.requestId()).contains("7d1f4c2e-5b8a-4e07-9a31-2c6f0e8b4d15");
                });
        assertThatThrownBy(() -> api.getSupplierLogisticsTemplate(new SupplierTemplateRequest().skuList(List.of("CJ1"))))
                .isInstanceOfSatisfying(CjException.class, e -> {
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.code()).hasValue(CjException.MISSING_TOKEN);
                    assertThat(e.carrierMessage()).isEqualTo("access token cannot be empty");
                });
    }

    @Test
    void lookup_errors_of_cj_s_code_table_raise_cj_exception() {
        answer("{\"code\": 1602000, \"result\": false, \"message\": \"Variant not found\", \"data\": null, \"requestId\": \"r-1\"}");
        answer("{\"code\": 1605000, \"result\": false, \"message\": \"Logistic not found\", \"data\": null, \"requestId\": \"r-2\"}");
        answer("{\"code\": 1602001, \"result\": false, \"message\": \"Product not found\", \"data\": null, \"requestId\": \"r-3\"}");
        PartnerFreightRequest order = new PartnerFreightRequest().logisticName("NoSuchLine")
                .products(List.of(new VariantQuantity().vid("UNKNOWN").quantity(1)));

        assertThatThrownBy(() -> api.freightCalculate(FREIGHT))
                .isInstanceOfSatisfying(CjException.class, e -> assertThat(e.code()).hasValue(1602000));
        assertThatThrownBy(() -> api.partnerFreightCalculate(order))
                .isInstanceOfSatisfying(CjException.class, e -> assertThat(e.code()).hasValue(1605000));
        assertThatThrownBy(() -> api.getSupplierLogisticsTemplate(new SupplierTemplateRequest().skuList(List.of("GONE"))))
                .isInstanceOfSatisfying(CjException.class, e -> {
                    assertThat(e.code()).hasValue(1602001);
                    assertThat(e.carrierMessage()).isEqualTo("Product not found");
                });
    }

    @Test
    @SuppressWarnings("deprecation")
    void the_retired_get_track_info_answers_param_error_as_cj_exception() {
        answer("{\"code\": 1600100, \"result\": false, \"message\": \"The interface has been taken offline\", \"data\": null, \"requestId\": \"r-4\"}");

        assertThatThrownBy(() -> api.getTrackInfo(List.of("CJPKL7160102171YQ")))
                .isInstanceOfSatisfying(CjException.class, e -> {
                    assertThat(e.code()).hasValue(CjException.PARAM_ERROR);
                    assertThat(e.carrierMessage()).isEqualTo("The interface has been taken offline");
                });
    }

    @Test
    void a_code_other_than_200_is_a_failure_even_when_result_is_missing() {
        answer("{\"code\": 1600300, \"message\": \"Illegal parameter\", \"data\": null, \"requestId\": \"r-5\"}");

        assertThatThrownBy(() -> api.trackInfo(List.of("X")))
                .isInstanceOfSatisfying(CjException.class, e -> {
                    assertThat(e.code()).hasValue(1600300);
                    assertThat(e.result()).isEmpty();
                });
    }

    @Test
    void the_http_info_variant_raises_http_200_failures_too() {
        answer("{\"code\": 1600100, \"result\": false, \"message\": \"Param error\", \"data\": null, \"requestId\": \"r-6\"}");

        assertThatThrownBy(() -> api.trackInfoWithHttpInfo(List.of("X")))
                .isInstanceOfSatisfying(CjException.class, e -> assertThat(e.code()).hasValue(CjException.PARAM_ERROR));
    }

    @Test
    void an_oversized_body_answered_413_raises_cj_exception() {
        answer(413, "{\"code\": 1600100, \"result\": false, \"message\": \"Request body too large\", \"data\": null, \"requestId\": \"5c2a9e41-8d7b-4f36-a0e2-6b1d3f9c7a58\"}");

        assertThatThrownBy(() -> api.freightCalculate(FREIGHT))
                .isInstanceOfSatisfying(CjException.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.code()).hasValue(CjException.PARAM_ERROR);
                    assertThat(e.carrierMessage()).isEqualTo("Request body too large");
                    assertThat(e.requestId()).contains("5c2a9e41-8d7b-4f36-a0e2-6b1d3f9c7a58");
                });
    }

    @Test
    void rate_limits_answered_429_raise_cj_exception_with_the_retry_after() {
        cj.enqueue(cjError(429, 1600200, "Call exceeded limit").setHeader("Retry-After", "1"));
        cj.enqueue(cjError(429, 1600201, "Quota has been used up").setHeader("Retry-After", "3600"));

        assertThatThrownBy(() -> api.trackInfo(List.of("CJPKL7160102171YQ")))
                .isInstanceOfSatisfying(CjException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.code()).hasValue(CjException.CALL_EXCEEDED_LIMIT);
                    assertThat(e.carrierMessage()).isEqualTo("Call exceeded limit");
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
                });
        assertThatThrownBy(() -> api.freightCalculate(FREIGHT))
                .isInstanceOfSatisfying(CjException.class, e -> {
                    assertThat(e.code()).hasValue(CjException.QUOTA_USED_UP);
                    assertThat(e.retryAfter()).contains(Duration.ofHours(1));
                });
    }

    @Test
    void system_busy_answered_with_a_5xx_raises_cj_exception() {
        cj.enqueue(cjError(503, 1600000, "System busy"));
        cj.enqueue(cjError(500, 1600000, "System busy"));

        assertThatThrownBy(() -> api.trackInfo(List.of("CJPKL7160102171YQ")))
                .isInstanceOfSatisfying(CjException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.code()).hasValue(CjException.SYSTEM_BUSY);
                    assertThat(e.retryAfter()).isEmpty();
                });
        assertThatThrownBy(() -> api.partnerFreightCalculate(new PartnerFreightRequest()
                .products(List.of(new VariantQuantity().vid("V").quantity(1)))))
                .isInstanceOfSatisfying(CjException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.code()).hasValue(CjException.SYSTEM_BUSY);
                    assertThat(e.carrierMessage()).isEqualTo("System busy");
                });
    }

    @Test
    void a_rate_limited_tracking_query_is_retried_and_then_succeeds() throws Exception {
        CjLogisticsApi retrying = client(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(10)));
        cj.enqueue(cjError(429, 1600200, "Call exceeded limit").setHeader("Retry-After", "1"));
        answer("{\"code\": 200, \"result\": true, \"message\": \"Success\", \"data\": [], \"requestId\": \"r-7\"}");

        assertThat(retrying.trackInfo(List.of("CJPKL7160102171YQ")).getData()).isEmpty();
        assertThat(cj.getRequestCount()).isEqualTo(2);
        assertCall(sent(), "GET", "/logistic/trackInfo");
        assertCall(sent(), "GET", "/logistic/trackInfo");
    }

    @Test
    void a_freight_quote_is_a_post_but_changes_nothing_so_it_is_retried() {
        CjLogisticsApi retrying = client(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(10)));
        cj.enqueue(cjError(503, 1600000, "System busy"));
        answer("{\"code\": 200, \"result\": true, \"message\": \"Success\", \"data\": [], \"requestId\": \"r-8\"}");

        assertThat(retrying.freightCalculate(FREIGHT).getData()).isEmpty();
        assertThat(cj.getRequestCount()).isEqualTo(2);
    }

    @Test
    void when_retries_run_out_the_typed_exception_surfaces() {
        CjLogisticsApi retrying = client(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(10)));
        cj.enqueue(cjError(503, 1600000, "System busy"));
        cj.enqueue(cjError(503, 1600000, "System busy"));

        assertThatThrownBy(() -> retrying.trackInfo(List.of("CJPKL7160102171YQ")))
                .isInstanceOf(CjException.class)
                .isInstanceOf(CarrierException.class);
        assertThat(cj.getRequestCount()).isEqualTo(2);
    }

    @Test
    void a_non_json_error_body_still_gives_a_readable_exception() {
        cj.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
                .setBody("<html><body>502 Bad Gateway</body></html>"));

        assertThatThrownBy(() -> api.trackInfo(List.of("CJPKL7160102171YQ")))
                .isInstanceOfSatisfying(CjException.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.code()).isEmpty();
                    assertThat(e.carrierCode()).isEmpty();
                    assertThat(e.requestId()).isEmpty();
                    assertThat(e.carrierMessage()).isEqualTo("<html><body>502 Bad Gateway</body></html>");
                    assertThat(e.getMessage()).isEqualTo("HTTP 502: <html><body>502 Bad Gateway</body></html>");
                });
    }

    @Test
    void an_empty_error_body_still_gives_a_readable_exception() {
        cj.enqueue(new MockResponse().setResponseCode(500));

        assertThatThrownBy(() -> api.freightCalculate(FREIGHT))
                .isInstanceOfSatisfying(CjException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.code()).isEmpty();
                    assertThat(e.result()).isEmpty();
                    assertThat(e.getMessage()).isEqualTo("HTTP 500: HTTP 500 with an empty body");
                });
    }

    @Test
    void a_long_non_json_error_body_is_shortened_in_the_message() {
        cj.enqueue(new MockResponse().setResponseCode(504).setBody("x".repeat(5000)));

        assertThatThrownBy(() -> api.trackInfo(List.of("CJPKL7160102171YQ")))
                .isInstanceOfSatisfying(CjException.class, e -> {
                    assertThat(e.carrierMessage()).hasSize(203).endsWith("...");
                    assertThat(e.contentUTF8()).hasSize(5000);
                });
    }

    private static MockResponse cjError(int status, int code, String message) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody("{\"code\": " + code + ", \"result\": false, \"message\": \"" + message
                        + "\", \"data\": null, \"requestId\": \"9e4b7c10-2f3a-4d85-8c61-a57e0d2b3f94\"}");
    }
}
