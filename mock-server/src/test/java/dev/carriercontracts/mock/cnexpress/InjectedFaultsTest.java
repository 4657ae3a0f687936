package dev.carriercontracts.mock.cnexpress;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.faults.Fault;
import dev.carriercontracts.mock.faults.FaultRule;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.carriercontracts.mock.cnexpress.CnExpressServers.order;
import static org.assertj.core.api.Assertions.assertThat;

/** Injected errors and rate limits come back in CNExpress's shape (checked against the spec), and then stop. */
class InjectedFaultsTest {

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
        server.faults().clear();
    }

    @Test
    void an_injected_503_is_a_drf_error_and_creates_nothing() {
        server.faults().add(FaultRule.nextCalls(Carrier.CNEXPRESS, "createRequest", new Fault.ErrorStatus(503), 1));

        HttpResult failed = me.post("/requests").json(order(6).toString()).send();
        HttpResult retried = me.post("/requests").json(order(6).toString()).send();

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.json().path("detail").asText()).isEqualTo("Service temporarily unavailable, try again later.");
        assertThat(retried.status()).isEqualTo(201);
        assertThat(server.admin().entities(Carrier.CNEXPRESS)).hasSize(1);
    }

    @Test
    void an_injected_rate_limit_is_a_429_with_retry_after() {
        server.faults().add(FaultRule.nextCalls(Carrier.CNEXPRESS, "getAccount", new Fault.RateLimit(Duration.ofSeconds(30)), 1));

        HttpResult throttled = me.get("/account").send();

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).contains("30");
        assertThat(throttled.json().path("detail").asText()).isEqualTo("Request was throttled. Expected available in 30 seconds.");
        assertThat(me.get("/account").send().status()).isEqualTo(200);
    }

    @Test
    void an_injected_500_on_a_download_is_a_json_error() {
        server.faults().add(FaultRule.nextCalls(Carrier.CNEXPRESS, "getRequestWaybills", new Fault.ErrorStatus(500), 1));

        HttpResult failed = me.get("/waybills/request/CE20260101000000001").send();

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.header("Content-Type")).contains("application/json");
        assertThat(failed.json().path("detail").asText()).isEqualTo("A server error occurred.");
    }
}
