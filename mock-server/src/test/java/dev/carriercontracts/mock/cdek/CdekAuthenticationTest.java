package dev.carriercontracts.mock.cdek;

import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Order calls need a live bearer token; every refusal is CDEK's 401: a request of type AUTH, v2_token_expired. */
class CdekAuthenticationTest {

    private static void assertRefused(HttpResult answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.json().path("requests").get(0).path("type").asText()).isEqualTo("AUTH");
        assertThat(answer.json().path("requests").get(0).path("state").asText()).isEqualTo("INVALID");
        assertThat(answer.json().path("requests").get(0).path("errors").get(0).path("code").asText()).isEqualTo("v2_token_expired");
    }

    @Test
    void a_call_without_a_token_is_refused() {
        try (CdekServer cdek = CdekServer.start()) {
            assertRefused(cdek.anonymous().post("/orders").json(Orders.VALID).expectInvalidRequest().send());
        }
    }

    @Test
    void a_token_the_mock_did_not_issue_is_refused() {
        try (CdekServer cdek = CdekServer.start()) {
            assertRefused(cdek.anonymous().withHeader("Authorization", "Bearer expired-cdek-access-token")
                    .get("/orders/72753033-0000-4000-8000-000000000000").send());
        }
    }

    @Test
    void basic_credentials_are_not_a_token() {
        try (CdekServer cdek = CdekServer.start()) {
            assertRefused(cdek.anonymous().withBasicAuth(CdekServer.CLIENT_ID, CdekServer.CLIENT_SECRET).post("/orders").json(Orders.VALID).expectInvalidRequest().send());
        }
    }

    @Test
    void a_token_works_until_its_hour_is_over_then_is_refused_as_expired() {
        try (CdekServer cdek = CdekServer.start()) {
            SpecCheckedClient client = cdek.client();

            cdek.advance(Duration.ofHours(1).minusSeconds(1));
            assertThat(client.post("/orders").json(Orders.VALID).send().status()).isEqualTo(202);

            cdek.advance(Duration.ofSeconds(1));
            HttpResult answer = client.post("/orders").json(Orders.VALID).send();
            assertRefused(answer);
            assertThat(answer.json().path("requests").get(0).path("errors").get(0).path("message").asText()).isEqualTo("Token is expired");
        }
    }

    @Test
    void the_token_lifetime_is_configurable() {
        try (CdekServer cdek = CdekServer.start("carriers: {cdek: {delays: {token: PT10M}}}\n")) {
            SpecCheckedClient client = cdek.client();

            cdek.advance(Duration.ofMinutes(10));

            assertRefused(client.post("/orders").json(Orders.VALID).send());
        }
    }

    @Test
    void a_reset_revokes_the_tokens() {
        try (CdekServer cdek = CdekServer.start()) {
            SpecCheckedClient client = cdek.client();

            cdek.server.admin().resetAll();

            assertRefused(client.post("/orders").json(Orders.VALID).send());
        }
    }
}
