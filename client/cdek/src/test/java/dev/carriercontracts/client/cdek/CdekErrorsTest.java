package dev.carriercontracts.client.cdek;

import dev.carriercontracts.client.cdek.api.CdekApi;
import dev.carriercontracts.client.cdek.model.Contact;
import dev.carriercontracts.client.cdek.model.GrantType;
import dev.carriercontracts.client.cdek.model.OrderRequest;
import dev.carriercontracts.client.cdek.model.Request;
import dev.carriercontracts.client.cdek.model.RequestError;
import dev.carriercontracts.client.cdek.model.RequestState;
import dev.carriercontracts.client.cdek.model.RequestType;
import dev.carriercontracts.client.core.ClientOptions;
import dev.carriercontracts.client.core.RetryPolicy;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every error answer of the CDEK spec becomes a {@link CdekException} with CDEK's own code and message. */
class CdekErrorsTest {

    private static final UUID ORDER = UUID.fromString("72753033-0c98-4dfb-81b0-e81ddd1f2c28");
    private static final Consumer<CdekApi> CREATE_ORDER =
            api -> api.createOrder(new OrderRequest().tariffCode(246).recipient(new Contact().name("Ivanov")));
    private static final Consumer<CdekApi> GET_ORDER = api -> api.getOrder(ORDER);

    private CdekPeer cdek;
    private CdekApi api;

    @BeforeEach
    void start() throws IOException {
        cdek = new CdekPeer();
        api = CdekClient.create(cdek.baseUrl(), "wqGwiQx0gg8mLtiEKsUinjVSICCjtTEP", "RmAmgvSgSl1yirlz9QupbzOJVqhCxcP5",
                ClientOptions.defaults().withRetryPolicy(RetryPolicy.disabled())
                        .withClock(new ManualClock(Instant.parse("2026-11-23T10:00:00Z"))));
    }

    @AfterEach
    void stop() throws IOException {
        cdek.close();
    }

    private static String refused(String type, String code, String message) {
        return """
                {"requests": [{"type": "%s", "date_time": "2020-03-27T14:13:41+0700", "state": "INVALID",
                  "errors": [{"code": "%s", "message": "%s"}]}]}""".formatted(type, code, message);
    }

    /** The spec's error responses of createOrder and getOrder, with their examples. */
    static Stream<Arguments> cdekErrors() {
        return Stream.of(
                arguments("createOrder 400 missing field", CREATE_ORDER, 400, "CREATE", "v2_field_is_empty", "tariff_code is empty"),
                arguments("createOrder 400 bad JSON", CREATE_ORDER, 400, "CREATE", "v2_bad_request", "Bad request"),
                arguments("createOrder 413", CREATE_ORDER, 413, "CREATE", "v2_bad_request", "Request body too large"),
                arguments("createOrder 429", CREATE_ORDER, 429, "CREATE", "v2_too_many_requests", "Too many requests, retry later"),
                arguments("createOrder 500", CREATE_ORDER, 500, "CREATE", "v2_internal_error", "Internal error"),
                arguments("getOrder 400 not a uuid", GET_ORDER, 400, "GET", "v2_invalid_format",
                        "Invalid value [not-a-uuid] in [uuid] parameter"),
                arguments("getOrder 403", GET_ORDER, 403, "GET", "v2_entity_forbidden",
                        "Entity is forbidden 72753033-0c98-4dfb-81b0-e81ddd1f2c28"),
                arguments("getOrder 404", GET_ORDER, 404, "GET", "v2_entity_not_found",
                        "Entity is not found by uuid 72753033-0c98-4dfb-81b0-e81ddd1f2c28"),
                arguments("getOrder 429", GET_ORDER, 429, "GET", "v2_too_many_requests", "Too many requests, retry later"),
                arguments("getOrder 503", GET_ORDER, 503, "GET", "v2_internal_error", "Internal error"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cdekErrors")
    void every_cdek_error_answer_becomes_a_typed_exception_with_its_code(
            String name, Consumer<CdekApi> call, int status, String type, String code, String message) {
        cdek.answer(status, refused(type, code, message));

        assertThatThrownBy(() -> call.accept(api))
                .isInstanceOfSatisfying(CdekException.class, e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.carrierCode()).contains(code);
                    assertThat(e.carrierMessage()).isEqualTo(message);
                    assertThat(e.getMessage()).isEqualTo("HTTP " + status + " [" + code + "]: " + message);
                    assertThat(e.errors()).extracting(RequestError::getCode, RequestError::getMessage)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(code, message));
                    assertThat(e.requests()).singleElement().satisfies(request -> {
                        assertThat(request.getType()).isEqualTo(RequestType.fromValue(type));
                        assertThat(request.getState()).isEqualTo(RequestState.INVALID);
                        assertThat(request.getDateTime()).isEqualTo("2020-03-27T14:13:41+0700");
                    });
                    assertThat(e.oauthError()).isEmpty();
                    assertThat(e.tokenRejected()).isFalse();
                });
        assertThat(cdek.calls()).hasSize(1);
    }

    /** The spec's error responses of the token endpoint (OAuth 2.0 shape), with their examples. */
    static Stream<Arguments> tokenErrors() {
        return Stream.of(
                arguments(400, "unsupported_grant_type", "Unsupported grant type: password"),
                arguments(400, "invalid_request", "Missing grant type"),
                arguments(401, "invalid_client", "Bad client credentials"),
                arguments(413, "invalid_request", "Request body too large"),
                arguments(429, "temporarily_unavailable", "Too many requests, retry later"),
                arguments(500, "server_error", "Internal error"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("tokenErrors")
    void every_token_endpoint_error_becomes_a_typed_exception_with_the_oauth_error(int status, String error, String description) {
        cdek.answerTokenRequest(status, "{\"error\": \"" + error + "\", \"error_description\": \"" + description + "\"}");

        assertThatThrownBy(() -> api.getToken(GrantType.CLIENT_CREDENTIALS, "wqGwiQx0gg8mLtiEKsUinjVSICCjtTEP", "wrong"))
                .isInstanceOfSatisfying(CdekException.class, e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.oauthError()).contains(error);
                    assertThat(e.oauthErrorDescription()).contains(description);
                    assertThat(e.carrierCode()).contains(error);
                    assertThat(e.carrierMessage()).isEqualTo(description);
                    assertThat(e.errors()).isEmpty();
                    assertThat(e.requests()).isEmpty();
                });
    }

    @Test
    void the_retry_after_of_a_429_is_kept_on_the_exception() {
        cdek.answer(new MockResponse().setResponseCode(429).setHeader("Retry-After", "1")
                .setHeader("Content-Type", "application/json")
                .setBody(refused("GET", "v2_too_many_requests", "Too many requests, retry later")));

        assertThatThrownBy(() -> GET_ORDER.accept(api))
                .isInstanceOfSatisfying(CdekException.class,
                        e -> assertThat(e.responseHeaders().get("Retry-After")).containsExactly("1"));
    }

    @Test
    void every_error_of_a_refused_request_is_kept_and_the_first_code_leads() {
        cdek.answer(400, """
                {"requests": [{"type": "CREATE", "date_time": "2020-03-27T14:13:41+0700", "state": "INVALID",
                  "errors": [{"code": "v2_field_is_empty", "message": "tariff_code is empty"},
                             {"code": "v2_field_is_empty", "message": "recipient is empty"},
                             {"code": "v2_invalid_value_type", "message": "packages[0].weight is not a number"}]}]}""");

        assertThatThrownBy(() -> CREATE_ORDER.accept(api))
                .isInstanceOfSatisfying(CdekException.class, e -> {
                    assertThat(e.carrierCode()).contains("v2_field_is_empty");
                    assertThat(e.errorCodes()).containsExactly("v2_field_is_empty", "v2_field_is_empty", "v2_invalid_value_type");
                    assertThat(e.carrierMessage())
                            .isEqualTo("tariff_code is empty; recipient is empty; packages[0].weight is not a number");
                });
    }

    @Test
    void a_refusal_with_an_unknown_request_type_still_decodes() {
        cdek.answer(400, refused("PRINT", "v2_bad_request", "Bad request"));

        assertThatThrownBy(() -> CREATE_ORDER.accept(api))
                .isInstanceOfSatisfying(CdekException.class, e -> {
                    assertThat(e.carrierCode()).contains("v2_bad_request");
                    assertThat(e.requests()).extracting(Request::getType).containsExactly(RequestType.UNKNOWN_DEFAULT_OPEN_API);
                });
    }

    @Test
    void a_non_json_or_empty_error_body_still_gives_a_readable_exception() {
        cdek.answer(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/plain").setBody("Bad Gateway"));
        cdek.answer(new MockResponse().setResponseCode(500));
        cdek.answer(new MockResponse().setResponseCode(500).setHeader("Content-Type", "application/json").setBody("[1, 2]"));

        assertThatThrownBy(() -> GET_ORDER.accept(api))
                .isInstanceOfSatisfying(CdekException.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.carrierCode()).isEmpty();
                    assertThat(e.carrierMessage()).isEqualTo("Bad Gateway");
                    assertThat(e.getMessage()).isEqualTo("HTTP 502: Bad Gateway");
                });
        assertThatThrownBy(() -> GET_ORDER.accept(api))
                .isInstanceOfSatisfying(CdekException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.carrierMessage()).isEqualTo("HTTP 500");
                    assertThat(e.errors()).isEmpty();
                });
        assertThatThrownBy(() -> GET_ORDER.accept(api))
                .isInstanceOfSatisfying(CdekException.class, e -> assertThat(e.carrierMessage()).isEqualTo("[1, 2]"));
    }

    @Test
    void an_error_body_without_errors_falls_back_to_the_body() {
        cdek.answer(500, "{\"requests\": []}");

        assertThatThrownBy(() -> GET_ORDER.accept(api))
                .isInstanceOfSatisfying(CdekException.class, e -> {
                    assertThat(e.carrierCode()).isEmpty();
                    assertThat(e.carrierMessage()).isEqualTo("{\"requests\": []}");
                    assertThat(e.requests()).isEmpty();
                    assertThat(e.errors()).isEmpty();
                });
    }
}
