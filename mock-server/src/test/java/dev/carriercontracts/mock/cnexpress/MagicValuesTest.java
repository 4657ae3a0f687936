package dev.carriercontracts.mock.cnexpress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import static dev.carriercontracts.mock.cnexpress.CnExpressServers.PROCESSED;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.advance;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.createNo;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.get;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.order;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.orderOfPackages;
import static org.assertj.core.api.Assertions.assertThat;

/** Each magic value of the spec's {@code x-mock-magic-values} takes the failure path it promises. */
class MagicValuesTest {

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
    void the_spec_lists_the_magic_values_tested_here() throws IOException {
        JsonNode spec;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(Carrier.CNEXPRESS.specResource())) {
            spec = new ObjectMapper(new YAMLFactory()).readTree(in);
        }

        assertThat(spec.path("x-mock-magic-values").findValuesAsText("field"))
                .containsExactly("order_no", "packages[].package_no", "Authorization (HTTP Basic user name)");
    }

    @Test
    void an_order_no_starting_with_FAIL_is_accepted_then_fails_with_an_error_message() {
        String no = createNo(me, order(6).put("order_no", "FAIL-42"));

        advance(server, Duration.ofSeconds(1));
        assertThat(get(me, no).path("status").asText()).isEqualTo("Waiting");
        advance(server, Duration.ofSeconds(3));
        JsonNode failed = get(me, no);

        assertThat(failed.path("status").asText()).isEqualTo("Failed");
        assertThat(failed.path("error_msg").asText())
                .isEqualTo("The shipping line could not issue tracking numbers for this request; please submit it again.");
        assertThat(failed.path("waybills").isNull()).isTrue();
        assertThat(failed.path("packages").get(0).path("tracking_no").isNull()).isTrue();
        assertThat(me.get("/waybills/request/" + no).send().status()).isEqualTo(404);
    }

    @Test
    void a_package_no_starting_with_FAIL_fails_the_request_naming_that_package() {
        ObjectNode order = orderOfPackages(3);
        ((ObjectNode) order.get("packages").get(1)).put("package_no", "FAIL-B");
        ((ObjectNode) order.get("packages").get(2)).put("package_no", "FAIL-C");
        String no = createNo(me, order);

        advance(server, PROCESSED);
        JsonNode failed = get(me, no);

        assertThat(failed.path("status").asText()).isEqualTo("Failed");
        assertThat(failed.path("error_msg").asText()).isEqualTo(
                "Package 2: the shipping line refused the package (package_no FAIL-B); no tracking numbers were issued for this request.");
        assertThat(failed.path("packages").findValues("tracking_no")).allSatisfy(t -> assertThat(t.isNull()).isTrue());
    }

    @Test
    void order_no_wins_over_package_no() {
        ObjectNode order = order(6).put("order_no", "FAIL");
        ((ObjectNode) order.get("packages").get(0)).put("package_no", "FAIL-1");
        String no = createNo(me, order);

        advance(server, PROCESSED);

        assertThat(get(me, no).path("error_msg").asText()).startsWith("The shipping line could not issue");
    }

    @Test
    void FAIL_elsewhere_in_a_number_does_not_fail_the_request() {
        String no = createNo(me, order(6).put("order_no", "NOFAIL"));

        advance(server, PROCESSED);

        assertThat(get(me, no).path("status").asText()).isEqualTo("Succeeded");
    }

    @Test
    void the_poor_live_account_is_refused_for_insufficient_credit() {
        SpecCheckedClient poor = CnExpressServers.poor(server);

        HttpResult refused = poor.post("/requests").json(order(6).toString()).send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("detail").asText())
                .isEqualTo("Insufficient credit: this request costs 20.00 GBP but the account has 1.00 GBP left.");
        assertThat(poor.get("/account").send().json().path("credit").asDouble()).isEqualTo(1.0);
        assertThat(server.admin().entities(Carrier.CNEXPRESS)).isEmpty();
    }
}
