package dev.carriercontracts.mock.auth;

import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import dev.carriercontracts.mock.support.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each account sees only its own data; another account's id is simply not found. */
class CredentialIsolationTest {

    static MockServer server;
    static SpecCheckedClient alice;
    static SpecCheckedClient bob;

    @BeforeAll
    static void start() {
        server = TestServers.started();
        alice = TestServers.alice(server);
        bob = TestServers.bob(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.admin().resetAll();
    }

    private static String create(SpecCheckedClient client, String reference) {
        return client.post("/parcels").json("{\"reference\": \"" + reference + "\", \"weight_grams\": 1}").send().json().path("id").asText();
    }

    @Test
    void another_accounts_parcel_is_not_found() {
        String alicesParcel = create(alice, "A");

        assertThat(bob.get("/parcels/" + alicesParcel).send().status()).isEqualTo(404);
        assertThat(bob.delete("/parcels/" + alicesParcel).send().status()).isEqualTo(404);
        assertThat(alice.get("/parcels/" + alicesParcel).send().status()).isEqualTo(200);
    }

    @Test
    void a_listing_shows_only_the_callers_parcels() {
        create(alice, "A1");
        create(bob, "B1");
        create(alice, "A2");

        assertThat(alice.get("/parcels").send().json().path("parcels")).extracting(p -> p.path("reference").asText()).containsExactly("A1", "A2");
        assertThat(bob.get("/parcels").send().json().path("parcels")).extracting(p -> p.path("reference").asText()).containsExactly("B1");
    }

    @Test
    void resetting_one_account_leaves_the_others_data() {
        create(alice, "A");
        String bobsParcel = create(bob, "B");

        server.admin().reset(TestServers.CARRIER, "alice");

        assertThat(alice.get("/parcels").send().json().path("parcels")).isEmpty();
        assertThat(bob.get("/parcels/" + bobsParcel).send().status()).isEqualTo(200);
    }
}
