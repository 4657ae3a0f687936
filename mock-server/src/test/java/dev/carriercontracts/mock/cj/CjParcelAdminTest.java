package dev.carriercontracts.mock.cj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.cj.tracking.ParcelStatus;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.carriercontracts.mock.cj.CjTestServer.data;
import static org.assertj.core.api.Assertions.assertThat;

/** Tracked parcels in the admin API: listed with their timeline, forced into a status, reset per account. */
class CjParcelAdminTest {

    static MockServer server;
    static SpecCheckedClient cj;
    static SpecCheckedClient second;
    static SpecCheckedClient admin;

    @BeforeAll
    static void start() {
        server = CjTestServer.start();
        cj = CjTestServer.client(server);
        second = CjTestServer.second(server);
        admin = SpecCheckedClient.admin(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        CjTestServer.reset(server);
    }

    private static JsonNode track(SpecCheckedClient client, String number) {
        return data(client.get("/logistic/trackInfo").query("trackNumber", number).send());
    }

    private static HttpResult force(String number, String state) {
        return admin.post("/cj/parcel/" + number + "/state").json("{\"state\": \"" + state + "\"}").send();
    }

    private static JsonNode entities() {
        return admin.get("/cj/entities").query("kind", "parcel").send().json().path("entities");
    }

    @Test
    void a_tracked_parcel_is_listed_with_its_account_and_timeline() {
        track(cj, "CJPKP1000000001");
        server.clock().advance(Duration.ofSeconds(5));

        assertThat(entities()).singleElement().satisfies(parcel -> {
            assertThat(parcel.path("kind").asText()).isEqualTo("parcel");
            assertThat(parcel.path("id").asText()).isEqualTo("CJPKP1000000001");
            assertThat(parcel.path("credentialId").asText()).isEqualTo("cj-test");
            assertThat(parcel.path("state").asText()).isEqualTo("Delivered");
            assertThat(parcel.path("timeline")).extracting(s -> s.path("state").asText() + "@" + s.path("at").asText())
                    .containsExactly("Pending@2026-01-01T00:00:00Z", "InTransit@2026-01-01T00:00:01Z", "Delivered@2026-01-01T00:00:03Z");
        });
    }

    @Test
    void a_forced_status_holds_from_its_instant_and_the_moves_go_on_from_there() {
        track(cj, "CJPKP1000000002");
        server.clock().advance(Duration.ofMillis(500));

        HttpResult forced = force("CJPKP1000000002", "InTransit");
        assertThat(forced.status()).isEqualTo(200);
        assertThat(forced.json().path("state").asText()).isEqualTo("InTransit");
        assertThat(track(cj, "CJPKP1000000002").get(0).path("trackingStatus").asText()).isEqualTo("In transit");

        server.clock().advance(Duration.ofMillis(1999));
        assertThat(track(cj, "CJPKP1000000002").get(0).path("trackingStatus").asText()).isEqualTo("In transit");
        server.clock().advance(Duration.ofMillis(1));
        assertThat(track(cj, "CJPKP1000000002").get(0).path("trackingStatus").asText()).isEqualTo("Delivered");
        assertThat(entities().get(0).path("timeline")).extracting(s -> s.path("state").asText() + "@" + s.path("at").asText())
                .containsExactly("Pending@2026-01-01T00:00:00Z", "InTransit@2026-01-01T00:00:00.500Z", "Delivered@2026-01-01T00:00:02.500Z");
    }

    @Test
    void forcing_exception_onto_a_return_parcel_lets_it_come_back() {
        track(cj, "CJPKO7000RETURN");
        force("CJPKO7000RETURN", "Exception");
        server.clock().advance(Duration.ofSeconds(2));

        assertThat(track(cj, "CJPKO7000RETURN").get(0).path("trackingStatus").asText()).isEqualTo("Returned");
    }

    @Test
    void a_finished_parcel_cannot_be_forced() {
        track(cj, "CJPKP1000000003");
        server.clock().advance(Duration.ofSeconds(3));

        HttpResult refused = force("CJPKP1000000003", "InTransit");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("error").asText()).isEqualTo("transition_refused");
    }

    @Test
    void a_status_no_move_leads_to_is_refused() {
        track(cj, "CJPKP1000000004");
        force("CJPKP1000000004", "Exception");

        assertThat(force("CJPKP1000000004", "Delivered").status()).isEqualTo(409);
        assertThat(force("CJPKP1000000004", "Exception").status()).as("already there").isEqualTo(409);
    }

    @Test
    void an_unknown_status_lists_the_statuses() {
        track(cj, "CJPKP1000000005");

        HttpResult refused = force("CJPKP1000000005", "Lost");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains(String.join(", ", ParcelStatus.stateNames()));
    }

    @Test
    void an_untracked_number_and_an_unknown_kind_are_not_found() {
        assertThat(force("CJPKP9999999999", "InTransit").status()).isEqualTo(404);
        assertThat(admin.post("/cj/order/CJPKP1/state").json("{\"state\": \"InTransit\"}").send().json().path("error").asText())
                .isEqualTo("unknown_kind");
    }

    @Test
    void a_number_belongs_to_the_account_that_tracked_it_first() {
        track(cj, "CJPKP1000000006");

        assertThat(track(second, "CJPKP1000000006")).as("another account's parcel is simply not found").isEmpty();
        assertThat(track(cj, "CJPKP1000000006")).hasSize(1);
        assertThat(track(second, "CJPKP1000000007")).hasSize(1);
        assertThat(track(cj, "CJPKP1000000007")).isEmpty();
    }

    @Test
    void resetting_one_account_forgets_only_its_parcels() {
        track(cj, "CJPKP1000000008");
        track(second, "CJPKP1000000009");

        assertThat(admin.post("/reset").query("carrier", "cj").query("credential", "cj-second").send().status()).isEqualTo(200);

        assertThat(entities()).extracting(e -> e.path("id").asText()).containsExactly("CJPKP1000000008");
        assertThat(track(cj, "CJPKP1000000009")).as("free again: tracked by the first account that asks").hasSize(1);
    }

    @Test
    void the_state_machine_is_read_from_the_status_type() {
        var machine = server.module(dev.carriercontracts.mock.Carrier.CJ).orElseThrow().stateMachines();

        assertThat(machine).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo("parcel");
            assertThat(m.initial()).isEqualTo("Pending");
            assertThat(m.finals()).containsExactly("Delivered", "Returned");
            assertThat(m.transitions()).extracting(t -> t.from() + ">" + t.to())
                    .containsExactly("Pending>InTransit", "InTransit>Delivered", "InTransit>Exception", "Exception>Returned");
        });
    }
}
