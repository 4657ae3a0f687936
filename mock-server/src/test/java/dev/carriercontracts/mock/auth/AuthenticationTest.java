package dev.carriercontracts.mock.auth;

import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import dev.carriercontracts.mock.support.TestServers;
import dev.carriercontracts.mock.testcarrier.AuthStyle;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The three reusable authenticators, each refusing in the carrier's own format. */
class AuthenticationTest {

    private static final String PARCEL = "{\"reference\": \"R\", \"weight_grams\": 1}";

    private static void assertRefused(HttpResult result, String code) {
        assertThat(result.status()).as(result.toString()).isEqualTo(401);
        assertThat(result.json().path("code").asText()).isEqualTo(code);
    }

    @Nested
    class HttpBasic {
        @Test
        void right_credentials_are_accepted() {
            try (MockServer server = TestServers.started()) {
                assertThat(TestServers.alice(server).get("/parcels").send().status()).isEqualTo(200);
            }
        }

        @Test
        void missing_credentials_are_refused_as_missing() {
            try (MockServer server = TestServers.started()) {
                assertRefused(TestServers.anonymous(server).get("/parcels").expectInvalidRequest().send(), "UNAUTHORIZED_MISSING");
            }
        }

        @Test
        void a_wrong_password_is_refused_as_invalid() {
            try (MockServer server = TestServers.started()) {
                HttpResult result = TestServers.anonymous(server).withBasicAuth("alice", "guess").get("/parcels").send();
                assertRefused(result, "UNAUTHORIZED_INVALID");
                assertThat(result.header("WWW-Authenticate")).hasValue("Basic realm=\"parcels\"");
            }
        }

        @Test
        void an_unknown_user_is_refused_as_invalid() {
            try (MockServer server = TestServers.started()) {
                assertRefused(TestServers.anonymous(server).withBasicAuth("mallory", "alice-secret").get("/parcels").send(), "UNAUTHORIZED_INVALID");
            }
        }

        @Test
        void the_scheme_name_is_case_insensitive() {
            try (MockServer server = TestServers.started()) {
                String header = SpecCheckedClient.basic("alice", "alice-secret").replace("Basic", "basic");
                assertThat(TestServers.anonymous(server).withHeader("Authorization", header).get("/parcels").send().status()).isEqualTo(200);
            }
        }
    }

    @Nested
    class ApiKey {
        @Test
        void the_key_identifies_the_account() {
            try (MockServer server = TestServers.started(AuthStyle.API_KEY, "")) {
                SpecCheckedClient client = TestServers.anonymous(server).withHeader("X-Test-Key", "bob-secret");
                client.post("/parcels").json(PARCEL).send();

                assertThat(server.journal().all().get(0).credentialId()).isEqualTo("bob");
            }
        }

        @Test
        void a_missing_or_unknown_key_is_refused() {
            try (MockServer server = TestServers.started(AuthStyle.API_KEY, "")) {
                assertRefused(TestServers.anonymous(server).get("/parcels").expectInvalidRequest().send(), "UNAUTHORIZED_MISSING");
                assertRefused(TestServers.anonymous(server).withHeader("X-Test-Key", "nope").get("/parcels").send(), "UNAUTHORIZED_INVALID");
            }
        }
    }

    @Nested
    class BearerToken {
        private String token(MockServer server, String client, String secret) {
            HttpResult issued = TestServers.anonymous(server).post("/oauth/token")
                    .form("grant_type=client_credentials&client_id=" + client + "&client_secret=" + secret).send();
            assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
            assertThat(issued.json().path("expires_in").asLong()).isEqualTo(1800);
            return issued.json().path("access_token").asText();
        }

        @Test
        void a_token_from_the_token_endpoint_authenticates_its_client() {
            try (MockServer server = TestServers.started(AuthStyle.BEARER, "")) {
                String token = token(server, "alice", "alice-secret");

                HttpResult listed = TestServers.anonymous(server).withHeader("Authorization", "Bearer " + token).get("/parcels").send();

                assertThat(listed.status()).isEqualTo(200);
                assertThat(server.journal().verify(TestServers.CARRIER, "listParcels").entries())
                        .extracting(e -> e.credentialId()).containsExactly("alice");
            }
        }

        @Test
        void a_token_expires_when_the_clock_passes_its_lifetime() {
            try (MockServer server = TestServers.started(AuthStyle.BEARER, "")) {
                SpecCheckedClient client = TestServers.anonymous(server).withHeader("Authorization", "Bearer " + token(server, "alice", "alice-secret"));

                server.clock().advance(Duration.ofMinutes(29));
                assertThat(client.get("/parcels").send().status()).isEqualTo(200);

                server.clock().advance(Duration.ofMinutes(1));
                assertRefused(client.get("/parcels").send(), "UNAUTHORIZED_EXPIRED");
            }
        }

        @Test
        void wrong_client_credentials_get_no_token() {
            try (MockServer server = TestServers.started(AuthStyle.BEARER, "")) {
                HttpResult refused = TestServers.anonymous(server).post("/oauth/token")
                        .form("grant_type=client_credentials&client_id=alice&client_secret=bob-secret").send();

                assertThat(refused.status()).isEqualTo(401);
                assertThat(refused.json().path("code").asText()).isEqualTo("INVALID_CLIENT");
            }
        }

        @Test
        void an_unknown_token_or_another_scheme_is_refused() {
            try (MockServer server = TestServers.started(AuthStyle.BEARER, "")) {
                assertRefused(TestServers.anonymous(server).withHeader("Authorization", "Bearer forged").get("/parcels").send(), "UNAUTHORIZED_INVALID");
                assertRefused(TestServers.alice(server).get("/parcels").send(), "UNAUTHORIZED_MISSING");
            }
        }

        @Test
        void resetting_the_carrier_revokes_its_tokens() {
            try (MockServer server = TestServers.started(AuthStyle.BEARER, "")) {
                SpecCheckedClient client = TestServers.anonymous(server).withHeader("Authorization", "Bearer " + token(server, "bob", "bob-secret"));

                server.admin().reset(TestServers.CARRIER);

                assertRefused(client.get("/parcels").send(), "UNAUTHORIZED_INVALID");
            }
        }
    }
}
