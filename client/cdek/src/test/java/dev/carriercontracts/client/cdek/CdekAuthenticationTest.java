package dev.carriercontracts.client.cdek;

import dev.carriercontracts.client.cdek.api.CdekApi;
import dev.carriercontracts.client.cdek.model.GrantType;
import dev.carriercontracts.client.cdek.model.Contact;
import dev.carriercontracts.client.cdek.model.ModelPackage;
import dev.carriercontracts.client.cdek.model.OrderAccepted;
import dev.carriercontracts.client.cdek.model.OrderRequest;
import dev.carriercontracts.client.cdek.model.RequestType;
import dev.carriercontracts.client.cdek.model.Token;
import dev.carriercontracts.client.cdek.model.TokenType;
import dev.carriercontracts.client.core.ClientOptions;
import dev.carriercontracts.client.core.RetryPolicy;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the CDEK client obtains, reuses, refreshes and renews its OAuth token, against a local HTTP peer. */
class CdekAuthenticationTest {

    private static final String CLIENT_ID = "wqGwiQx0gg8mLtiEKsUinjVSICCjtTEP";
    private static final String CLIENT_SECRET = "RmAmgvSgSl1yirlz9QupbzOJVqhCxcP5";
    private static final UUID ORDER = UUID.fromString("72753033-0c98-4dfb-81b0-e81ddd1f2c28");
    private static final String ORDER_JSON = "{\"entity\": {\"uuid\": \"72753033-0c98-4dfb-81b0-e81ddd1f2c28\"}}";
    private static final String TOKEN_EXPIRED = """
            {"requests": [{"type": "AUTH", "date_time": "2020-03-27T14:13:41+0700", "state": "INVALID",
              "errors": [{"code": "v2_token_expired", "message": "Token is expired or invalid"}]}]}""";

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T10:00:00Z"));
    private CdekPeer cdek;
    private CdekApi api;

    @BeforeEach
    void start() throws IOException {
        cdek = new CdekPeer();
        api = client(CLIENT_SECRET);
    }

    private CdekApi client(String secret) {
        return CdekClient.create(cdek.baseUrl(), CLIENT_ID, secret,
                ClientOptions.defaults().withRetryPolicy(RetryPolicy.disabled()).withClock(clock));
    }

    @AfterEach
    void stop() throws IOException {
        cdek.close();
    }

    private static String bearer(RecordedRequest call) {
        return call.getHeader("Authorization");
    }

    @Test
    void the_first_call_requests_a_token_with_client_credentials_in_the_query_string() throws Exception {
        cdek.answer(200, ORDER_JSON);

        api.getOrder(ORDER);

        List<RecordedRequest> requests = cdek.requests();
        assertThat(requests).hasSize(2);
        RecordedRequest token = requests.get(0);
        assertThat(token.getMethod()).isEqualTo("POST");
        assertThat(token.getRequestUrl().encodedPath()).isEqualTo("/v2/oauth/token");
        assertThat(token.getRequestUrl().queryParameterNames()).containsExactlyInAnyOrder("grant_type", "client_id", "client_secret");
        assertThat(token.getRequestUrl().queryParameter("grant_type")).isEqualTo("client_credentials");
        assertThat(token.getRequestUrl().queryParameter("client_id")).isEqualTo(CLIENT_ID);
        assertThat(token.getRequestUrl().queryParameter("client_secret")).isEqualTo(CLIENT_SECRET);
        assertThat(token.getBodySize()).isZero();
        assertThat(token.getHeader("Authorization")).isNull();
        assertThat(token.getHeader("Accept")).contains("application/json");

        RecordedRequest call = requests.get(1);
        assertThat(call.getMethod()).isEqualTo("GET");
        assertThat(call.getPath()).isEqualTo("/v2/orders/72753033-0c98-4dfb-81b0-e81ddd1f2c28");
        assertThat(call.getHeaders().values("Authorization")).containsExactly("Bearer token-1");
    }

    @Test
    void credentials_are_encoded_in_the_query_string() {
        CdekApi special = client("s3cr&t+/= é?");
        cdek.answer(200, ORDER_JSON);

        special.getOrder(ORDER);

        assertThat(cdek.tokenRequests().get(0).getRequestUrl().queryParameter("client_secret")).isEqualTo("s3cr&t+/= é?");
    }

    @Test
    void one_token_serves_every_call_until_it_nears_expiry_then_a_new_one_is_fetched() {
        for (int i = 0; i < 5; i++) {
            cdek.answer(200, ORDER_JSON);
        }

        api.getOrder(ORDER);
        api.getOrder(ORDER);
        api.getOrder(ORDER);
        clock.advance(Duration.ofSeconds(3538));  // the token (3599 s) still has 61 s left: kept
        api.getOrder(ORDER);
        clock.advance(Duration.ofSeconds(2));     // 59 s left, within the 60 s margin: replaced
        api.getOrder(ORDER);

        assertThat(cdek.tokensIssued()).isEqualTo(2);
        assertThat(cdek.calls()).extracting(CdekAuthenticationTest::bearer).containsExactly(
                "Bearer token-1", "Bearer token-1", "Bearer token-1", "Bearer token-1", "Bearer token-2");
        assertThat(cdek.requests()).extracting(CdekPeer::isTokenRequest)
                .containsExactly(true, false, false, false, false, true, false);
    }

    @Test
    void concurrent_calls_share_one_token_fetch() throws Exception {
        int calls = 16;
        for (int i = 0; i < calls; i++) {
            cdek.answer(200, ORDER_JSON);
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return api.getOrder(ORDER);
                }));
            }
            go.countDown();
            for (Future<?> result : results) {
                result.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(cdek.tokensIssued()).isEqualTo(1);
        assertThat(cdek.calls()).hasSize(calls).extracting(CdekAuthenticationTest::bearer).containsOnly("Bearer token-1");
    }

    @Test
    void a_call_refused_for_its_token_is_sent_once_more_with_a_new_token() {
        cdek.answer(401, TOKEN_EXPIRED);
        cdek.answer(202, """
                {"entity": {"uuid": "72753033-11d7-419d-b903-f979d48305cb"},
                 "requests": [{"request_uuid": "72753033-a03b-421a-9764-3810d76f6af2", "type": "CREATE",
                               "date_time": "2020-03-27T14:13:41+0700", "state": "ACCEPTED"}]}""");

        OrderAccepted accepted = api.createOrder(new OrderRequest().tariffCode(246).recipient(new Contact().name("Ivanov"))
                .packages(List.of(new ModelPackage().number("1").weight(120))));

        assertThat(accepted.getEntity().getUuid()).isEqualTo(UUID.fromString("72753033-11d7-419d-b903-f979d48305cb"));
        assertThat(cdek.requests()).extracting(CdekPeer::isTokenRequest).containsExactly(true, false, true, false);
        List<RecordedRequest> calls = cdek.calls();
        assertThat(calls.get(0).getHeaders().values("Authorization")).containsExactly("Bearer token-1");
        assertThat(calls.get(1).getHeaders().values("Authorization")).containsExactly("Bearer token-2");
        assertThat(calls.get(1).getMethod()).isEqualTo("POST");
        assertThat(calls.get(1).getBody().readUtf8()).isEqualTo(calls.get(0).getBody().readUtf8())
                .isEqualTo("{\"tariff_code\":246,\"recipient\":{\"name\":\"Ivanov\"},\"packages\":[{\"number\":\"1\",\"weight\":120}]}");
    }

    @Test
    void the_renewed_token_is_kept_for_later_calls() {
        cdek.answer(401, TOKEN_EXPIRED);
        cdek.answer(200, ORDER_JSON);
        cdek.answer(200, ORDER_JSON);

        api.getOrder(ORDER);
        api.getOrder(ORDER);

        assertThat(cdek.tokensIssued()).isEqualTo(2);
        assertThat(cdek.calls()).extracting(CdekAuthenticationTest::bearer)
                .containsExactly("Bearer token-1", "Bearer token-2", "Bearer token-2");
    }

    @Test
    void a_token_refused_twice_surfaces_as_the_typed_exception() {
        cdek.answer(401, TOKEN_EXPIRED);
        cdek.answer(401, TOKEN_EXPIRED);

        assertThatThrownBy(() -> api.getOrder(ORDER))
                .isInstanceOfSatisfying(CdekException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.tokenRejected()).isTrue();
                    assertThat(e.carrierCode()).contains("v2_token_expired");
                    assertThat(e.carrierMessage()).isEqualTo("Token is expired or invalid");
                    assertThat(e.requests()).singleElement().satisfies(r -> assertThat(r.getType()).isEqualTo(RequestType.AUTH));
                });
        assertThat(cdek.tokensIssued()).isEqualTo(2);
        assertThat(cdek.calls()).hasSize(2);
    }

    @Test
    void an_oauth_invalid_token_refusal_also_renews_the_token() {
        cdek.answer(401, "{\"error\": \"invalid_token\", \"error_description\": \"Access token expired\"}");
        cdek.answer(200, ORDER_JSON);

        assertThat(api.getOrder(ORDER).getEntity().getUuid()).isEqualTo(ORDER);
        assertThat(cdek.calls()).extracting(CdekAuthenticationTest::bearer).containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void refusals_that_are_not_about_the_token_are_not_repeated() {
        cdek.answer(403, """
                {"requests": [{"type": "GET", "date_time": "2020-03-27T14:13:41+0700", "state": "INVALID",
                  "errors": [{"code": "v2_entity_forbidden", "message": "Entity is forbidden"}]}]}""");
        cdek.answer(401, "");

        assertThatThrownBy(() -> api.getOrder(ORDER)).isInstanceOfSatisfying(CdekException.class,
                e -> assertThat(e.tokenRejected()).isFalse());
        assertThatThrownBy(() -> api.getOrder(ORDER)).isInstanceOfSatisfying(CdekException.class,
                e -> assertThat(e.tokenRejected()).isFalse());
        assertThat(cdek.tokensIssued()).isEqualTo(1);
        assertThat(cdek.calls()).hasSize(2);
    }

    @Test
    void a_refused_token_request_surfaces_from_the_call_that_needed_it_and_the_next_call_tries_again() {
        cdek.answerTokenRequest(401, "{\"error\": \"invalid_client\", \"error_description\": \"Bad client credentials\"}");
        cdek.answer(200, ORDER_JSON);

        assertThatThrownBy(() -> api.getOrder(ORDER))
                .isInstanceOfSatisfying(CdekException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.oauthError()).contains("invalid_client");
                    assertThat(e.tokenRejected()).isFalse();
                });
        assertThat(cdek.calls()).isEmpty();

        assertThat(api.getOrder(ORDER).getEntity().getUuid()).isEqualTo(ORDER);
        assertThat(cdek.onlyCall().getHeader("Authorization")).isEqualTo("Bearer token-1");
    }

    @Test
    void get_token_decodes_the_token_answer_and_carries_no_bearer() {
        Token token = api.getToken(GrantType.CLIENT_CREDENTIALS, CLIENT_ID, CLIENT_SECRET);

        assertThat(token.getAccessToken()).isEqualTo("token-1");
        assertThat(token.getTokenType()).isEqualTo(TokenType.BEARER);
        assertThat(token.getExpiresIn()).isEqualTo(3599);
        assertThat(token.getScope()).isEqualTo("order:all payment:all");
        assertThat(token.getJti()).isEqualTo("9adca50a-2b1d-4d8c-9c1e-3f0b2e7a5d41");
        RecordedRequest request = cdek.tokenRequests().get(0);
        assertThat(request.getHeader("Authorization")).isNull();
        assertThat(request.getRequestUrl().queryParameter("client_id")).isEqualTo(CLIENT_ID);
        assertThat(cdek.requests()).hasSize(1);
    }
}
