package dev.carriercontracts.mock.cnexpress;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.carrier.EntityView;
import dev.carriercontracts.mock.carrier.StateChange;
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
 * The request's state machine, one test per path: Created → Waiting after delays.waiting, → Succeeded or
 * Failed after delays.processing, derived from the clock (advanced, never slept on).
 */
class RequestLifecycleTest {

    static MockServer server;
    static SpecCheckedClient me;

    @BeforeAll
    static void start() {
        server = CnExpressServers.started();
        me = CnExpressServers.me(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        CnExpressServers.reset(server);
    }

    @Test
    void a_new_request_is_created_with_nothing_issued() {
        JsonNode created = CnExpressServers.create(me, order(6));

        assertThat(created.path("status").asText()).isEqualTo("Created");
        assertThat(created.path("waybills").isNull()).isTrue();
        assertThat(created.path("error_msg").isNull()).isTrue();
        JsonNode pkg = created.path("packages").get(0);
        assertThat(pkg.path("tracking_no").isNull()).isTrue();
        assertThat(pkg.path("url").isNull()).isTrue();
        assertThat(pkg.path("waybill").isNull()).isTrue();
    }

    @Test
    void a_request_stays_created_until_the_waiting_delay_has_passed() {
        String no = createNo(me, order(6));

        advance(server, Duration.ofMillis(999));

        assertThat(get(me, no).path("status").asText()).isEqualTo("Created");
    }

    @Test
    void a_request_is_waiting_once_the_waiting_delay_has_passed() {
        String no = createNo(me, order(6));

        advance(server, Duration.ofSeconds(1));

        JsonNode request = get(me, no);
        assertThat(request.path("status").asText()).isEqualTo("Waiting");
        assertThat(request.path("packages").get(0).path("tracking_no").isNull()).isTrue();
    }

    @Test
    void a_request_stays_waiting_until_the_processing_delay_has_passed() {
        String no = createNo(me, order(6));

        advance(server, Duration.ofMillis(3999));

        assertThat(get(me, no).path("status").asText()).isEqualTo("Waiting");
    }

    @Test
    void a_request_succeeds_after_processing_with_tracking_numbers_and_waybills() {
        String no = createNo(me, CnExpressServers.orderOfPackages(3));

        advance(server, Duration.ofSeconds(4));

        JsonNode request = get(me, no);
        assertThat(request.path("status").asText()).isEqualTo("Succeeded");
        assertThat(request.path("error_msg").isNull()).isTrue();
        assertThat(request.path("waybills").asText()).endsWith("/waybills/request/" + no);
        assertThat(request.path("packages")).hasSize(3).allSatisfy(pkg -> {
            assertThat(pkg.path("tracking_no").asText()).matches("TEST[0-9]{9}");
            assertThat(pkg.path("url").asText()).endsWith("/packages/" + no + "-" + pkg.path("tracking_no").asText());
            assertThat(pkg.path("waybill").asText()).endsWith("/waybills/" + no + "-" + pkg.path("tracking_no").asText());
        });
        assertThat(request.path("packages").findValuesAsText("tracking_no")).doesNotHaveDuplicates();
    }

    @Test
    void a_succeeded_request_stays_succeeded() {
        String no = createNo(me, order(6));

        advance(server, Duration.ofDays(400));

        assertThat(get(me, no).path("status").asText()).isEqualTo("Succeeded");
    }

    @Test
    void the_delays_come_from_the_config() {
        try (MockServer slow = CnExpressServers.started("    delays: {waiting: PT1M, processing: PT10M}\n")) {
            SpecCheckedClient client = CnExpressServers.me(slow);
            String no = createNo(client, order(4));

            slow.clock().advance(Duration.ofSeconds(59));
            assertThat(get(client, no).path("status").asText()).isEqualTo("Created");
            slow.clock().advance(Duration.ofSeconds(1));
            assertThat(get(client, no).path("status").asText()).isEqualTo("Waiting");
            slow.clock().advance(Duration.ofMinutes(9));
            assertThat(get(client, no).path("status").asText()).isEqualTo("Waiting");
            slow.clock().advance(Duration.ofMinutes(1));
            assertThat(get(client, no).path("status").asText()).isEqualTo("Succeeded");
        }
    }

    @Test
    void the_admin_api_shows_each_request_with_its_timeline() {
        String no = createNo(me, order(6));
        advance(server, Duration.ofSeconds(10));

        EntityView view = server.admin().entities(Carrier.CNEXPRESS).get(0);

        assertThat(view.kind()).isEqualTo("request");
        assertThat(view.id()).isEqualTo(no);
        assertThat(view.credentialId()).isEqualTo("my_username");
        assertThat(view.state()).isEqualTo("Succeeded");
        assertThat(view.timeline()).containsExactly(
                new StateChange("Created", START),
                new StateChange("Waiting", START.plusSeconds(1)),
                new StateChange("Succeeded", START.plusSeconds(4)));
    }

    @Test
    void an_unknown_request_number_is_not_found() {
        HttpResult result = me.get("/requests/CE20990101000000001").send();

        assertThat(result.status()).isEqualTo(404);
        assertThat(result.json().path("detail").asText()).isEqualTo("Not found.");
    }

    @Test
    void a_request_number_with_another_date_is_not_found() {
        String no = createNo(me, order(6));
        String otherDate = "CE20251231" + no.substring(10);

        assertThat(me.get("/requests/" + otherDate).send().status()).isEqualTo(404);
        assertThat(me.get("/requests/" + no.toLowerCase()).send().status()).isEqualTo(404);
        assertThat(me.get("/requests/" + no.substring(2)).send().status()).isEqualTo(404);
    }
}
