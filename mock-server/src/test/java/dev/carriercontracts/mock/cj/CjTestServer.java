package dev.carriercontracts.mock.cj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.carrier.CarrierModuleFactory;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.config.ConfigLoader;
import dev.carriercontracts.mock.config.MockConfig;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The CJ module alone on a virtual clock, with its default config, and clients for its default accounts. */
final class CjTestServer {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final String TOKEN = "cj-test-access-token";
    static final String SECOND_TOKEN = "cj-second-access-token";
    static final String EXPIRED_TOKEN = "expired-cj-access-token";
    static final String SPEC = Carrier.CJ.specResource();

    static final String SEED_VID = "439FC05B-1311-4349-87FA-1E1EF942C418";
    static final String SEED_PARTNER_VID = "92511400-C758-4474-93CA-66D442F5F787";
    static final String SEED_SKU = "CJCF104237201AZ";
    static final String SEED_TRACK_NUMBER = "CJPKL7160102171YQ";

    private CjTestServer() {
    }

    static MockServer start() {
        return start(new ConfigLoader().defaults());
    }

    /** With a config file's text merged over the defaults. */
    static MockServer start(String yaml) {
        return start(new ConfigLoader().fromYaml(yaml, "test config"));
    }

    static MockServer start(MockConfig config) {
        return MockServer.builder()
                .host("127.0.0.1")
                .port(0)
                .config(config)
                .clock(MockClock.virtual(START))
                .modules(CarrierModuleFactory.of(Carrier.CJ, CjModule::new))
                .build()
                .start();
    }

    /** Back to an empty server at {@link #START}. */
    static void reset(MockServer server) {
        server.admin().resetAll();
        server.clock().set(START);
    }

    static SpecCheckedClient anonymous(MockServer server) {
        return SpecCheckedClient.of(server, Carrier.CJ, SPEC);
    }

    static SpecCheckedClient client(MockServer server) {
        return anonymous(server).withHeader("CJ-Access-Token", TOKEN);
    }

    static SpecCheckedClient second(MockServer server) {
        return anonymous(server).withHeader("CJ-Access-Token", SECOND_TOKEN);
    }

    /** A success envelope's {@code data}, after checking the envelope says success. */
    static JsonNode data(HttpResult result) {
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        JsonNode json = result.json();
        assertThat(json.path("code").asInt()).as(result.toString()).isEqualTo(200);
        assertThat(json.path("result").asBoolean()).isTrue();
        assertThat(json.path("message").asText()).isEqualTo("Success");
        assertThat(json.path("requestId").asText()).isNotBlank();
        return json.path("data");
    }

    /** Asserts a failure envelope with this HTTP status and CJ code; returns its message. */
    static String refused(HttpResult result, int status, int code) {
        assertThat(result.status()).as(result.toString()).isEqualTo(status);
        JsonNode json = result.json();
        assertThat(json.path("code").asInt()).as(result.toString()).isEqualTo(code);
        assertThat(json.path("result").asBoolean(true)).isFalse();
        assertThat(json.has("data")).as("data is sent, as null").isTrue();
        assertThat(json.path("data").isNull()).isTrue();
        assertThat(json.path("requestId").asText()).isNotBlank();
        return json.path("message").asText();
    }
}
