package dev.carriercontracts.mock.cnexpress;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.carriercontracts.mock.cnexpress.CnExpressServers.START;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.advance;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.createNo;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.get;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.order;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * States forced through the admin API ({@code POST /__admin/cnexpress/request/{request_no}/state}): recorded
 * with their instant, the derivation going on from there; only states the machine can still reach.
 */
class ForcedStatesTest {

    static MockServer server;
    static SpecCheckedClient me;
    static SpecCheckedClient admin;

    @BeforeAll
    static void start() {
        server = CnExpressServers.started();
        me = CnExpressServers.me(server);
        admin = SpecCheckedClient.admin(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        CnExpressServers.reset(server);
    }

    private static HttpResult force(String no, String state) {
        return admin.post("/cnexpress/request/" + no + "/state").json("{\"state\": \"" + state + "\"}").send();
    }

    @Test
    void a_created_request_forced_into_failed_fails_now_with_an_error_message() {
        String no = createNo(me, order(6));

        HttpResult forced = force(no, "Failed");

        assertThat(forced.status()).isEqualTo(200);
        assertThat(forced.json().path("state").asText()).isEqualTo("Failed");
        JsonNode request = get(me, no);
        assertThat(request.path("status").asText()).isEqualTo("Failed");
        assertThat(request.path("error_msg").asText()).isNotBlank();
        advance(server, Duration.ofHours(1));
        assertThat(get(me, no).path("status").asText()).isEqualTo("Failed");
    }

    @Test
    void a_created_request_forced_into_succeeded_has_its_tracking_numbers_at_once() {
        String no = createNo(me, order(6));

        force(no, "Succeeded");

        JsonNode request = get(me, no);
        assertThat(request.path("status").asText()).isEqualTo("Succeeded");
        assertThat(request.path("packages").get(0).path("tracking_no").asText()).startsWith("TEST");
    }

    @Test
    void a_request_forced_into_waiting_is_processed_from_that_instant() {
        String no = createNo(me, order(6));
        advance(server, Duration.ofMillis(500));

        force(no, "Waiting");
        advance(server, Duration.ofMillis(2999));
        assertThat(get(me, no).path("status").asText()).isEqualTo("Waiting");
        advance(server, Duration.ofMillis(1));

        assertThat(get(me, no).path("status").asText()).isEqualTo("Succeeded");
        JsonNode timeline = admin.get("/cnexpress/entities").send().json().path("entities").get(0).path("timeline");
        assertThat(timeline.findValuesAsText("state")).containsExactly("Created", "Waiting", "Succeeded");
        assertThat(timeline.findValuesAsText("at")).containsExactly(START.toString(), START.plusMillis(500).toString(),
                START.plusMillis(3500).toString());
    }

    @Test
    void a_final_request_cannot_be_forced() {
        String no = createNo(me, order(6));
        advance(server, Duration.ofSeconds(4));

        HttpResult refused = force(no, "Failed");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("error").asText()).isEqualTo("transition_refused");
        assertThat(get(me, no).path("status").asText()).isEqualTo("Succeeded");
    }

    @Test
    void a_waiting_request_cannot_go_back_to_created() {
        String no = createNo(me, order(6));
        advance(server, Duration.ofSeconds(1));

        assertThat(force(no, "Created").status()).isEqualTo(409);
        assertThat(force(no, "Waiting").status()).isEqualTo(409);
    }

    @Test
    void an_unknown_state_or_request_or_kind_is_refused() {
        String no = createNo(me, order(6));

        HttpResult unknownState = force(no, "Lost");
        HttpResult unknownRequest = force("CE20990101000000001", "Failed");
        HttpResult unknownKind = admin.post("/cnexpress/order/" + no + "/state").json("{\"state\": \"Failed\"}").send();

        assertThat(unknownState.status()).isEqualTo(400);
        assertThat(unknownState.json().path("message").asText()).contains("Created, Waiting, Succeeded, Failed");
        assertThat(unknownRequest.status()).isEqualTo(404);
        assertThat(unknownRequest.json().path("error").asText()).isEqualTo("unknown_entity");
        assertThat(unknownKind.status()).isEqualTo(404);
        assertThat(unknownKind.json().path("error").asText()).isEqualTo("unknown_kind");
    }
}
