package dev.carriercontracts.mock.cnexpress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.carrier.CarrierModuleFactory;
import dev.carriercontracts.mock.clock.ClockMode;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.config.ConfigLoader;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CNExpress alone on a virtual clock, with its default config (or more YAML under {@code carriers.cnexpress}),
 * and clients for its default accounts. Every call goes through {@link SpecCheckedClient}: each request and
 * response is checked against carrier-specs/cnexpress.yaml.
 */
final class CnExpressServers {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final String SPEC = Carrier.CNEXPRESS.specResource();
    /** Past Created (1 s) and Waiting (3 s more) with the default delays. */
    static final Duration PROCESSED = Duration.ofSeconds(4);
    static final ObjectMapper JSON = new ObjectMapper();

    private CnExpressServers() {
    }

    static MockServer started() {
        return started("");
    }

    /** @param carrierYaml YAML lines under {@code carriers.cnexpress}, indented by 4 spaces */
    static MockServer started(String carrierYaml) {
        String yaml = carrierYaml.isEmpty() ? "" : "carriers:\n  cnexpress:\n" + carrierYaml;
        return startedWith(yaml);
    }

    /** @param wholeYaml a whole config file */
    static MockServer startedWith(String wholeYaml) {
        return MockServer.builder()
                .host("127.0.0.1")
                .port(0)
                .config(new ConfigLoader().fromYaml(wholeYaml, "test config"))
                .clock(MockClock.virtual(START))
                .modules(CarrierModuleFactory.of(Carrier.CNEXPRESS, CnExpressModule::new))
                .build()
                .start();
    }

    /** Back to an empty store, full credit and the start instant. */
    static void reset(MockServer server) {
        server.admin().resetAll();
        server.admin().setClock(ClockMode.VIRTUAL, START);
    }

    static SpecCheckedClient as(MockServer server, String user, String password) {
        return SpecCheckedClient.of(server, Carrier.CNEXPRESS, SPEC).withBasicAuth(user, password);
    }

    /** The default test account (credit 1046.0 GBP). */
    static SpecCheckedClient me(MockServer server) {
        return as(server, "my_username", "my_password");
    }

    /** The second default test account. */
    static SpecCheckedClient you(MockServer server) {
        return as(server, "your_username", "your_password");
    }

    /** The default live account (credit 1046.0 GBP, spent by its requests). */
    static SpecCheckedClient live(MockServer server) {
        return as(server, "live_username", "live_password");
    }

    /** The default live account with 1.0 GBP. */
    static SpecCheckedClient poor(MockServer server) {
        return as(server, "poor_username", "poor_password");
    }

    static SpecCheckedClient anonymous(MockServer server) {
        return SpecCheckedClient.of(server, Carrier.CNEXPRESS, SPEC);
    }

    /** The seed's sample.json, as the seed prints it (see the resource). */
    static String seedSample() {
        try (InputStream in = CnExpressServers.class.getResourceAsStream("/cnexpress/seed-sample.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid order request of one package (the seed's first package) whose items add up to {@code tins}. */
    static ObjectNode order(int tins) {
        ObjectNode order = JSON.createObjectNode().put("route_code", "cnpost").put("order_no", "1234567");
        order.putArray("packages").add(pkg(tins));
        return order;
    }

    /** The seed's first package, holding {@code tins} tins of 爱他美奶粉1段. */
    static ObjectNode pkg(int tins) {
        ObjectNode p = JSON.createObjectNode()
                .put("sender_name", "发件人1").put("sender_phone_number", "01234567").put("sender_address", "发件人地址测试英国地址")
                .put("receiver_name", "张三").put("receiver_phone_number", "12345678911").put("receiver_address", "黄浦江路33号")
                .put("receiver_city", "黄山市").put("receiver_post_code", "200000").put("receiver_id_number", "X40192928323")
                .put("weight", "4.00").put("length", 20).put("width", 20).put("height", 20).put("package_no", "1");
        p.putArray("items").addObject().put("barcode", "5000378998287").put("count", tins);
        return p;
    }

    /** An order request of {@code packages} packages of 4 tins each. */
    static ObjectNode orderOfPackages(int packages) {
        ObjectNode order = order(4);
        ArrayNode list = order.putArray("packages");
        for (int i = 0; i < packages; i++) {
            list.add(pkg(4).put("package_no", "P" + (i + 1)));
        }
        return order;
    }

    /** Submits an order request and returns the created request (asserting 201). */
    static JsonNode create(SpecCheckedClient client, JsonNode order) {
        HttpResult created = client.post("/requests").json(order.toString()).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    static String createNo(SpecCheckedClient client, JsonNode order) {
        return create(client, order).path("request_no").asText();
    }

    static JsonNode get(SpecCheckedClient client, String requestNo) {
        HttpResult result = client.get("/requests/" + requestNo).send();
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        return result.json();
    }

    static void advance(MockServer server, Duration duration) {
        server.clock().advance(duration);
    }
}
