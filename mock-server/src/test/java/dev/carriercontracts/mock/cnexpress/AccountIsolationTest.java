package dev.carriercontracts.mock.cnexpress;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.carrier.EntityView;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.carriercontracts.mock.cnexpress.CnExpressServers.PROCESSED;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.advance;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.createNo;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.get;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.order;
import static org.assertj.core.api.Assertions.assertThat;

/** Each account sees only its own requests, packages and waybills; a reset of one account leaves the others'. */
class AccountIsolationTest {

    static MockServer server;
    static SpecCheckedClient me;
    static SpecCheckedClient you;

    @BeforeAll
    static void start() {
        server = CnExpressServers.started();
        me = CnExpressServers.me(server);
        you = CnExpressServers.you(server);
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
    void another_accounts_request_package_and_waybills_are_not_found() {
        String mine = createNo(me, order(6));
        advance(server, PROCESSED);
        JsonNode request = get(me, mine);
        String tracking = request.path("packages").get(0).path("tracking_no").asText();

        assertThat(you.get("/requests/" + mine).send().status()).isEqualTo(404);
        assertThat(you.get("/packages/" + mine + "-" + tracking).send().status()).isEqualTo(404);
        assertThat(you.get("/waybills/" + mine + "-" + tracking).send().status()).isEqualTo(404);
        assertThat(you.get("/waybills/request/" + mine).send().status()).isEqualTo(404);
        assertThat(me.get("/waybills/request/" + mine).send().status()).isEqualTo(200);
    }

    @Test
    void resetting_one_account_keeps_the_others_requests() {
        String mine = createNo(me, order(6));
        String yours = createNo(you, order(4));

        server.admin().reset(Carrier.CNEXPRESS, "my_username");

        assertThat(me.get("/requests/" + mine).send().status()).isEqualTo(404);
        assertThat(get(you, yours).path("request_no").asText()).isEqualTo(yours);
        assertThat(server.admin().entities(Carrier.CNEXPRESS)).extracting(EntityView::id).containsExactly(yours);
    }

    @Test
    void numbers_are_never_reused_after_a_reset() {
        String before = createNo(me, order(6));

        CnExpressServers.reset(server);
        String after = createNo(me, order(6));

        assertThat(after).isNotEqualTo(before);
        assertThat(me.get("/requests/" + before).send().status()).isEqualTo(404);
    }
}
