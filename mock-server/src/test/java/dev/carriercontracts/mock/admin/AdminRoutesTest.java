package dev.carriercontracts.mock.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.clock.ClockMode;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import dev.carriercontracts.mock.support.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Every admin operation over HTTP, each request and response checked against mock-admin.yaml. */
class AdminRoutesTest {

    static MockServer server;
    static SpecCheckedClient admin;
    static SpecCheckedClient alice;

    @BeforeAll
    static void start() {
        server = TestServers.started();
        admin = SpecCheckedClient.admin(server);
        alice = TestServers.alice(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.admin().resetAll();
        server.admin().setClock(ClockMode.VIRTUAL, TestServers.START);
    }

    private static String parcel(SpecCheckedClient client) {
        return client.post("/parcels").json("{\"reference\": \"R\", \"weight_grams\": 1}").send().json().path("id").asText();
    }

    private static void assertError(HttpResult result, int status, String error) {
        assertThat(result.status()).as(result.toString()).isEqualTo(status);
        assertThat(result.json().path("error").asText()).isEqualTo(error);
    }

    @Test
    void health_lists_the_served_carriers() {
        JsonNode health = admin.get("/health").send().json();

        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("carriers").get(0).path("id").asText()).isEqualTo("package-tracking");
        assertThat(health.path("carriers").get(0).path("basePath").asText()).isEqualTo("/package-tracking/v1");
    }

    @Test
    void carriers_are_described_with_accounts_operations_and_states() {
        JsonNode carrier = admin.get("/carriers").send().json().path("carriers").get(0);

        assertThat(carrier.path("id").asText()).isEqualTo("package-tracking");
        assertThat(carrier.path("basePath").asText()).isEqualTo("/package-tracking/v1");
        assertThat(carrier.path("credentials")).extracting(c -> c.path("id").asText() + "/" + c.path("secret").asText())
                .containsExactly("alice/alice-secret", "bob/bob-secret");
        assertThat(carrier.path("credentials").get(0).path("attributes").path("tier").asText()).isEqualTo("gold");
        assertThat(carrier.path("operations")).hasSize(8);
        assertThat(carrier.path("operations").get(0).path("operationId").asText()).isEqualTo("issueToken");
        assertThat(carrier.path("operations").get(0).path("authenticated").asBoolean()).isFalse();
        assertThat(carrier.path("operations").get(3).path("path").asText()).isEqualTo("/parcels/{parcel_id}");
        assertThat(carrier.path("entityKinds")).extracting(JsonNode::asText).containsExactly("parcel");
        JsonNode machine = carrier.path("stateMachines").get(0);
        assertThat(machine.path("kind").asText()).isEqualTo("parcel");
        assertThat(machine.path("states")).extracting(JsonNode::asText)
                .containsExactly("CREATED", "IN_TRANSIT", "DELIVERED", "CANCELLED", "LOST");
        assertThat(machine.path("transitions").get(0).path("trigger").asText()).isEqualTo("after delays.pickup");
    }

    @Test
    void every_standard_carrier_is_described_as_the_spec_says() {
        try (MockServer standard = MockServer.builder().host("127.0.0.1").port(0).build().start()) {
            JsonNode carriers = SpecCheckedClient.admin(standard).get("/carriers").send().json().path("carriers");

            assertThat(carriers).extracting(c -> c.path("id").asText())
                    .containsExactly("cnexpress", "trackingmore", "cj", "package-tracking", "cdek");
            assertThat(carriers.get(0).path("credentials").get(0).path("id").asText()).isEqualTo("my_username");
            assertThat(carriers.get(0).path("credentials").get(0).path("attributes").path("test_mode").asBoolean()).isTrue();
        }
    }

    @Test
    void reset_forgets_everything() {
        parcel(alice);

        assertThat(admin.post("/reset").send().json().path("scope").asText()).isEqualTo("all");
        assertThat(server.admin().entities(TestServers.CARRIER)).isEmpty();
        assertThat(server.journal().all()).isEmpty();
    }

    @Test
    void reset_of_one_carrier_or_one_account() {
        parcel(alice);
        String bobs = parcel(TestServers.bob(server));

        assertThat(admin.post("/reset").query("carrier", "package-tracking").query("credential", "alice").send().json()
                .path("scope").asText()).isEqualTo("package-tracking/alice");
        assertThat(server.admin().entities(TestServers.CARRIER)).extracting(e -> e.id()).containsExactly(bobs);

        assertThat(admin.post("/reset").query("carrier", "package-tracking").send().json().path("scope").asText())
                .isEqualTo("package-tracking");
        assertThat(server.admin().entities(TestServers.CARRIER)).isEmpty();
    }

    @Test
    void reset_refuses_an_unknown_carrier_or_a_credential_alone() {
        assertError(admin.post("/reset").query("carrier", "cdek").send(), 404, "unknown_carrier");
        assertError(admin.post("/reset").query("credential", "alice").send(), 400, "invalid_request");
    }

    @Test
    void the_clock_is_read_set_and_advanced() {
        JsonNode read = admin.get("/clock").send().json();
        assertThat(read.path("mode").asText()).isEqualTo("virtual");
        assertThat(read.path("instant").asText()).isEqualTo("2026-01-01T00:00:00Z");

        JsonNode set = admin.put("/clock").json("{\"mode\": \"virtual\", \"instant\": \"2026-06-01T12:00:00Z\"}").send().json();
        assertThat(set.path("instant").asText()).isEqualTo("2026-06-01T12:00:00Z");

        JsonNode advanced = admin.post("/clock/advance").json("{\"duration\": \"PT1H30M\"}").send().json();
        assertThat(advanced.path("instant").asText()).isEqualTo("2026-06-01T13:30:00Z");

        JsonNode system = admin.put("/clock").json("{\"mode\": \"system\"}").send().json();
        assertThat(system.path("mode").asText()).isEqualTo("system");
        assertThat(system.path("offset").asText()).isEqualTo("PT0S");
    }

    @Test
    void the_clock_refuses_a_bad_duration_or_mode() {
        assertError(admin.post("/clock/advance").json("{\"duration\": \"an hour\"}").expectInvalidRequest().send(), 400, "invalid_request");
        assertError(admin.post("/clock/advance").json("{\"duration\": \"PT\"}").send(), 400, "invalid_duration");
        assertError(admin.put("/clock").json("{\"mode\": \"sundial\"}").expectInvalidRequest().send(), 400, "invalid_request");
    }

    @Test
    void an_entity_is_forced_into_a_state() {
        String id = parcel(alice);

        JsonNode forced = admin.post("/package-tracking/parcel/" + id + "/state").json("{\"state\": \"LOST\"}").send().json();

        assertThat(forced.path("state").asText()).isEqualTo("LOST");
        assertThat(forced.path("timeline")).extracting(s -> s.path("state").asText()).containsExactly("CREATED", "LOST");
        assertThat(alice.get("/parcels/" + id).send().json().path("state").asText()).isEqualTo("LOST");
    }

    @Test
    void forcing_a_state_explains_what_is_unknown_or_refused() {
        String id = parcel(alice);

        assertError(admin.post("/dhl/parcel/" + id + "/state").json("{\"state\": \"LOST\"}").send(), 404, "unknown_carrier");
        assertError(admin.post("/package-tracking/pallet/" + id + "/state").json("{\"state\": \"LOST\"}").send(), 404, "unknown_kind");
        assertError(admin.post("/package-tracking/parcel/P1/state").json("{\"state\": \"LOST\"}").send(), 404, "unknown_entity");
        HttpResult unknownState = admin.post("/package-tracking/parcel/" + id + "/state").json("{\"state\": \"ON_MARS\"}").send();
        assertError(unknownState, 400, "unknown_state");
        assertThat(unknownState.json().path("message").asText()).contains("CREATED, IN_TRANSIT, DELIVERED");

        server.clock().advance(Duration.ofHours(2));
        assertError(admin.post("/package-tracking/parcel/" + id + "/state").json("{\"state\": \"CREATED\"}").send(), 409, "transition_refused");
    }

    @Test
    void entities_are_listed_with_their_timelines() {
        String id = parcel(alice);
        server.clock().advance(Duration.ofMinutes(15));

        JsonNode entities = admin.get("/package-tracking/entities").query("kind", "parcel").send().json().path("entities");

        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).path("id").asText()).isEqualTo(id);
        assertThat(entities.get(0).path("credentialId").asText()).isEqualTo("alice");
        assertThat(entities.get(0).path("state").asText()).isEqualTo("IN_TRANSIT");
        assertThat(entities.get(0).path("timeline").get(1).path("at").asText()).isEqualTo("2026-01-01T00:10:00Z");
        assertThat(admin.get("/package-tracking/entities").query("kind", "pallet").send().json().path("entities")).isEmpty();
    }

    @Test
    void the_journal_is_read_with_filters_and_cleared() {
        parcel(alice);
        alice.get("/parcels").send();

        JsonNode page = admin.get("/journal").query("carrier", "package-tracking").query("method", "POST").send().json();
        assertThat(page.path("entries")).hasSize(1);
        assertThat(page.path("entries").get(0).path("operationId").asText()).isEqualTo("createParcel");
        assertThat(page.path("entries").get(0).path("headers").path("Authorization").asText()).isEqualTo("Basic ****");
        assertThat(page.path("capacity").asInt()).isEqualTo(10_000);
        assertThat(admin.get("/journal").query("status", "201").query("limit", "5").send().json().path("entries")).hasSize(1);

        assertThat(admin.delete("/journal").send().status()).isEqualTo(204);
        assertThat(admin.get("/journal").send().json().path("entries")).isEmpty();
    }

    @Test
    void faults_are_added_listed_and_removed() {
        HttpResult added = admin.post("/faults").json("{\"carrier\": \"package-tracking\", \"operationId\": \"createParcel\", "
                + "\"type\": \"error\", \"status\": 503, \"times\": 1}").send();
        assertThat(added.status()).isEqualTo(201);
        String id = added.json().path("id").asText();
        assertThat(added.json().path("remaining").asInt()).isEqualTo(1);

        assertThat(admin.get("/faults").send().json().path("faults")).extracting(f -> f.path("id").asText()).containsExactly(id);
        assertThat(alice.post("/parcels").json("{\"reference\": \"R\", \"weight_grams\": 1}").send().status()).isEqualTo(503);
        assertThat(admin.get("/faults").send().json().path("faults")).isEmpty();

        String latency = admin.post("/faults").json("{\"type\": \"latency\", \"minDelay\": \"PT0S\", \"maxDelay\": \"PT0.01S\"}").send()
                .json().path("id").asText();
        admin.post("/faults").json("{\"carrier\": \"cdek\", \"type\": \"drop\"}").send();
        assertThat(admin.delete("/faults").query("id", latency).send().status()).isEqualTo(204);
        assertThat(admin.delete("/faults").query("carrier", "cdek").send().status()).isEqualTo(204);
        assertThat(server.faults().list()).isEmpty();
        assertError(admin.delete("/faults").query("id", latency).send(), 404, "unknown_fault");
    }

    @Test
    void a_bad_fault_rule_is_refused_with_the_field_at_fault() {
        assertError(admin.post("/faults").json("{\"type\": \"error\"}").send(), 400, "invalid_fault");
        HttpResult badDelay = admin.post("/faults").json("{\"type\": \"latency\", \"delay\": \"soon\"}").send();
        assertError(badDelay, 400, "invalid_fault");
        assertThat(badDelay.json().path("message").asText()).startsWith("delay:");
        assertError(admin.post("/faults").json("{\"type\": \"fire\"}").expectInvalidRequest().send(), 400, "invalid_request");
        assertError(admin.post("/faults").json("{\"type\": \"drop\", \"carrier\": \"dhl\"}").send(), 400, "invalid_fault");
        assertError(admin.delete("/faults").query("carrier", "dhl").send(), 404, "unknown_carrier");
    }

    @Test
    void unknown_admin_paths_and_methods_answer_in_the_admin_format() {
        assertError(admin.get("/nothing/here/at/all/really").unchecked().send(), 404, "not_found");
        HttpResult wrongMethod = admin.method("PATCH", "/clock").unchecked().send();
        assertError(wrongMethod, 405, "method_not_allowed");
        assertThat(wrongMethod.header("Allow")).hasValue("GET, PUT");
    }
}
