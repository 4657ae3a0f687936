package dev.carriercontracts.mock.cnexpress;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.carriercontracts.mock.cnexpress.CnExpressServers.order;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.orderOfPackages;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts: HTTP Basic on every call, refusals as DRF words them; test accounts never spend credit, live ones
 * spend each request's total and are refused when it does not cover it.
 */
class AccountsTest {

    static MockServer server;
    static SpecCheckedClient me;
    static SpecCheckedClient live;

    @BeforeAll
    static void start() {
        server = CnExpressServers.started();
        me = CnExpressServers.me(server);
        live = CnExpressServers.live(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        CnExpressServers.reset(server);
    }

    private static double credit(SpecCheckedClient client) {
        return client.get("/account").send().json().path("credit").asDouble();
    }

    @Test
    void each_account_shows_its_own_name_credit_and_currency() {
        JsonNode live = AccountsTest.live.get("/account").send().json();
        JsonNode poor = CnExpressServers.poor(server).get("/account").send().json();

        assertThat(live.path("username").asText()).isEqualTo("live_username");
        assertThat(live.path("credit").asDouble()).isEqualTo(1046.0);
        assertThat(poor.path("username").asText()).isEqualTo("poor_username");
        assertThat(poor.path("credit").asDouble()).isEqualTo(1.0);
        assertThat(poor.path("currency").asText()).isEqualTo("GBP");
    }

    @Test
    void a_test_account_never_spends_credit() {
        JsonNode created = CnExpressServers.create(me, CnExpressServers.orderOfPackages(5));

        assertThat(created.path("test_mode").asBoolean()).isTrue();
        assertThat(created.path("total_cost").asDouble()).isEqualTo(65.0);
        assertThat(credit(me)).isEqualTo(1046.0);
    }

    @Test
    void a_live_account_spends_the_total_cost_of_each_request() {
        JsonNode created = CnExpressServers.create(live, orderOfPackages(2));
        CnExpressServers.create(live, order(6));

        assertThat(created.path("test_mode").asBoolean()).isFalse();
        assertThat(credit(live)).isEqualTo(1046.0 - 26.0 - 20.0);
    }

    @Test
    void a_live_request_costing_more_than_the_credit_left_is_refused_and_spends_nothing() {
        for (int i = 0; i < 40; i++) {
            CnExpressServers.create(live, orderOfPackages(2));    // 40 x 26.00 = 1040.00
        }

        HttpResult refused = live.post("/requests").json(order(6).toString()).send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("detail").asText())
                .isEqualTo("Insufficient credit: this request costs 20.00 GBP but the account has 6.00 GBP left.");
        assertThat(credit(live)).isEqualTo(6.0);
        assertThat(server.admin().entities(Carrier.CNEXPRESS)).hasSize(40);
    }

    @Test
    void a_reset_gives_the_configured_credit_back() {
        CnExpressServers.create(live, order(6));

        server.admin().reset(Carrier.CNEXPRESS, "live_username");

        assertThat(credit(live)).isEqualTo(1046.0);
    }

    @Test
    void credit_is_not_refunded_when_a_live_request_fails() {
        String no = CnExpressServers.createNo(live, order(6).put("order_no", "FAIL"));
        server.clock().advance(Duration.ofSeconds(4));

        assertThat(CnExpressServers.get(live, no).path("status").asText()).isEqualTo("Failed");
        assertThat(credit(live)).isEqualTo(1026.0);
    }

    @Test
    void no_credentials_get_401_with_a_basic_challenge() {
        HttpResult refused = CnExpressServers.anonymous(server).get("/account").expectInvalidRequest().send();

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).contains("Basic realm=\"api\"");
        assertThat(refused.json().path("detail").asText()).isEqualTo("Authentication credentials were not provided.");
    }

    @Test
    void a_wrong_password_gets_401() {
        HttpResult refused = CnExpressServers.as(server, "my_username", "not-my-password").get("/account").send();

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).contains("Basic realm=\"api\"");
        assertThat(refused.json().path("detail").asText()).isEqualTo("Invalid username/password.");
    }

    @Test
    void an_unknown_user_gets_401() {
        HttpResult refused = CnExpressServers.as(server, "nobody", "my_password").post("/requests").json(order(6).toString()).send();

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().path("detail").asText()).isEqualTo("Invalid username/password.");
        assertThat(server.admin().entities(Carrier.CNEXPRESS)).isEmpty();
    }

    @Test
    void another_scheme_than_basic_gets_401() {
        HttpResult refused = CnExpressServers.anonymous(server).get("/products")
                .header("Authorization", "Bearer my_password").expectInvalidRequest().send();

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().path("detail").asText()).isEqualTo("Authentication credentials were not provided.");
    }

    @Test
    void every_operation_needs_credentials() {
        SpecCheckedClient anonymous = CnExpressServers.anonymous(server);
        for (String path : new String[]{"/account", "/products", "/products/5000378998287", "/cities", "/routes", "/routes/cnpost",
                "/requests/CE20260101000000001", "/packages/CE20260101000000001-TEST000000001",
                "/waybills/CE20260101000000001-TEST000000001", "/waybills/request/CE20260101000000001", "/tracking/CNE00000000101"}) {
            assertThat(anonymous.get(path).expectInvalidRequest().send().status()).as(path).isEqualTo(401);
        }
        assertThat(anonymous.post("/requests").json(order(6).toString()).expectInvalidRequest().send().status()).isEqualTo(401);
    }
}
