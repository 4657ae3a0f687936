package dev.carriercontracts.mock.cdek;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.faults.Fault;
import dev.carriercontracts.mock.faults.FaultRule;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.carriercontracts.mock.cdek.CdekServer.CLIENT_ID;
import static dev.carriercontracts.mock.cdek.CdekServer.CLIENT_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

/** POST /oauth/token: client credentials in the query string or a form body, OAuth 2.0 errors. */
class CdekTokenTest {

    private static CdekServer cdek;
    private static SpecCheckedClient anonymous;

    @BeforeAll
    static void start() {
        cdek = CdekServer.start();
        anonymous = cdek.anonymous();
    }

    @AfterAll
    static void stop() {
        cdek.close();
    }

    @BeforeEach
    void reset() {
        cdek.server.admin().resetAll();
    }

    private static SpecCheckedClient.Call tokenRequest() {
        return anonymous.post("/oauth/token");
    }

    private static void assertOAuthError(HttpResult answer, int status, String error) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.json().path("error").asText()).as(answer.toString()).isEqualTo(error);
        assertThat(answer.json().path("error_description").asText()).isNotBlank();
        assertThat(answer.json().has("requests")).isFalse();
    }

    @Test
    void client_credentials_in_the_query_string_give_a_bearer_token_for_an_hour() {
        HttpResult answer = tokenRequest().query("grant_type", "client_credentials")
                .query("client_id", CLIENT_ID).query("client_secret", CLIENT_SECRET).send();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("access_token").asText()).isNotBlank();
        assertThat(answer.json().path("token_type").asText()).isEqualTo("bearer");
        assertThat(answer.json().path("expires_in").asLong()).isEqualTo(3600);
        assertThat(answer.json().path("scope").asText()).isEqualTo("order:all payment:all");
        assertThat(answer.json().path("jti").asText()).isNotBlank();
    }

    @Test
    void client_credentials_in_a_form_body_give_a_token_that_opens_the_api() {
        HttpResult answer = tokenRequest()
                .form("grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET).send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        String token = answer.json().path("access_token").asText();
        HttpResult order = anonymous.withHeader("Authorization", "Bearer " + token).post("/orders").json(Orders.VALID).send();
        assertThat(order.status()).isEqualTo(202);
    }

    @Test
    void the_parameters_may_be_split_between_query_string_and_form() {
        HttpResult answer = tokenRequest().query("grant_type", "client_credentials")
                .form("client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET).send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    @Test
    void each_token_is_new() {
        assertThat(cdek.token(CLIENT_ID, CLIENT_SECRET)).isNotEqualTo(cdek.token(CLIENT_ID, CLIENT_SECRET));
    }

    @Test
    void a_wrong_secret_is_refused_with_invalid_client() {
        HttpResult answer = tokenRequest().query("grant_type", "client_credentials")
                .query("client_id", CLIENT_ID).query("client_secret", "not-the-secure-password").send();

        assertOAuthError(answer, 401, "invalid_client");
        assertThat(answer.json().path("error_description").asText()).isEqualTo("Bad client credentials");
    }

    @Test
    void an_unknown_client_is_refused_with_invalid_client() {
        assertOAuthError(tokenRequest().form("grant_type=client_credentials&client_id=nobody&client_secret=" + CLIENT_SECRET).send(),
                401, "invalid_client");
    }

    @Test
    void a_request_without_parameters_is_refused_with_invalid_request() {
        HttpResult answer = tokenRequest().send();

        assertOAuthError(answer, 400, "invalid_request");
        assertThat(answer.json().path("error_description").asText()).contains("Missing grant type", "Missing client id", "Missing client secret");
    }

    @Test
    void a_missing_secret_is_refused_with_invalid_request() {
        HttpResult answer = tokenRequest().form("grant_type=client_credentials&client_id=" + CLIENT_ID).send();

        assertOAuthError(answer, 400, "invalid_request");
        assertThat(answer.json().path("error_description").asText()).isEqualTo("Missing client secret");
    }

    @Test
    void a_blank_form_field_counts_as_missing() {
        assertOAuthError(tokenRequest().form("grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret=").send(),
                400, "invalid_request");
    }

    @Test
    void a_parameter_given_twice_is_refused_with_invalid_request() {
        HttpResult answer = tokenRequest().query("client_id", CLIENT_ID)
                .form("grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET).send();

        assertOAuthError(answer, 400, "invalid_request");
        assertThat(answer.json().path("error_description").asText()).contains("client_id is repeated");
    }

    @Test
    void another_grant_type_in_the_form_is_refused_with_unsupported_grant_type() {
        HttpResult answer = tokenRequest().form("grant_type=password&client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET).send();

        assertOAuthError(answer, 400, "unsupported_grant_type");
        assertThat(answer.json().path("error_description").asText()).isEqualTo("Unsupported grant type: password");
    }

    @Test
    void another_grant_type_in_the_query_string_is_refused_with_unsupported_grant_type() {
        HttpResult answer = tokenRequest().query("grant_type", "password").query("client_id", CLIENT_ID)
                .query("client_secret", CLIENT_SECRET).expectInvalidRequest().send();

        assertOAuthError(answer, 400, "unsupported_grant_type");
    }

    @Test
    void an_empty_client_id_in_the_query_string_is_refused_with_invalid_request() {
        assertOAuthError(tokenRequest().query("grant_type", "client_credentials").query("client_id", "")
                .query("client_secret", CLIENT_SECRET).expectInvalidRequest().send(), 400, "invalid_request");
    }

    @Test
    void a_json_body_is_refused_with_invalid_request() {
        HttpResult answer = tokenRequest().json("{\"grant_type\": \"client_credentials\", \"client_id\": \"" + CLIENT_ID
                + "\", \"client_secret\": \"" + CLIENT_SECRET + "\"}").expectInvalidRequest().send();

        assertOAuthError(answer, 400, "invalid_request");
        assertThat(answer.json().path("error_description").asText()).contains("Content-Type");
    }

    @Test
    void an_oversized_form_is_refused_in_the_oauth_shape() {
        try (CdekServer small = CdekServer.start("server: {maxBodyBytes: 64}\n")) {
            HttpResult answer = small.anonymous().post("/oauth/token")
                    .form("grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET).send();

            assertOAuthError(answer, 413, "invalid_request");
        }
    }

    @Test
    void a_rate_limit_on_the_token_endpoint_answers_in_the_oauth_shape_with_retry_after() {
        cdek.server.faults().add(FaultRule.nextCalls(Carrier.CDEK, "getToken", new Fault.RateLimit(Duration.ofSeconds(3)), 1));

        HttpResult answer = tokenRequest().query("grant_type", "client_credentials")
                .query("client_id", CLIENT_ID).query("client_secret", CLIENT_SECRET).send();

        assertOAuthError(answer, 429, "temporarily_unavailable");
        assertThat(answer.header("Retry-After")).hasValue("3");
    }

    @Test
    void an_injected_server_error_on_the_token_endpoint_answers_server_error() {
        cdek.server.faults().add(FaultRule.nextCalls(Carrier.CDEK, "getToken", new Fault.ErrorStatus(500), 1));

        assertOAuthError(tokenRequest().query("grant_type", "client_credentials")
                .query("client_id", CLIENT_ID).query("client_secret", CLIENT_SECRET).send(), 500, "server_error");
    }

    @Test
    void the_journal_masks_the_client_secret() {
        cdek.token(CLIENT_ID, CLIENT_SECRET);

        assertThat(cdek.server.journal().all()).singleElement()
                .satisfies(entry -> assertThat(entry.toString()).doesNotContain(CLIENT_SECRET));
    }
}
