package dev.carriercontracts.mock.cdek;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.carrier.CarrierModuleFactory;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.config.ConfigLoader;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mock server with the CDEK module alone, on a virtual clock, and clients for it: every request
 * and answer goes through {@link SpecCheckedClient}, so it is checked against cdek.yaml.
 */
final class CdekServer implements AutoCloseable {

    static final String SPEC = Carrier.CDEK.specResource();
    static final String CLIENT_ID = "EMscd6r9JnFiQ3bLoyjJY6eM78JrJceI";
    static final String CLIENT_SECRET = "PjLZkKBHEiLK3YsjtNrt3TGNG0ahs3kG";
    static final String OTHER_CLIENT_ID = "wqGwiQx0gg8mLtiEKsUinjVSICCjtTEP";
    static final String OTHER_CLIENT_SECRET = "RmAmgvSgSl1yirlz9QupbzOJVqhCxcP5";
    /** 2026-03-02T15:00:00+0700. */
    static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    /** From registration to SUCCESSFUL / INVALID with the default delays (waiting + processing). */
    static final Duration PROCESSING = Duration.ofSeconds(2);
    static final Duration STEP = Duration.ofSeconds(20);

    final MockServer server;

    private CdekServer(MockServer server) {
        this.server = server;
    }

    static CdekServer start() {
        return start("");
    }

    /** With extra config YAML merged over the defaults (e.g. {@code carriers: {cdek: {delays: ...}}}). */
    static CdekServer start(String yaml) {
        var builder = MockServer.builder().host("127.0.0.1").port(0)
                .clock(MockClock.virtual(START))
                .modules(CarrierModuleFactory.of(Carrier.CDEK, CdekModule::new));
        if (!yaml.isBlank()) {
            builder.config(new ConfigLoader().fromYaml(yaml, "test config"));
        }
        return new CdekServer(builder.build().start());
    }

    /** A client without credentials. */
    SpecCheckedClient anonymous() {
        return SpecCheckedClient.of(server, Carrier.CDEK, SPEC);
    }

    SpecCheckedClient admin() {
        return SpecCheckedClient.admin(server);
    }

    /** A client with a fresh token of the default test account. */
    SpecCheckedClient client() {
        return client(CLIENT_ID, CLIENT_SECRET);
    }

    /** A client with a fresh token of the second account. */
    SpecCheckedClient otherClient() {
        return client(OTHER_CLIENT_ID, OTHER_CLIENT_SECRET);
    }

    SpecCheckedClient client(String id, String secret) {
        return anonymous().withHeader("Authorization", "Bearer " + token(id, secret));
    }

    String token(String id, String secret) {
        HttpResult answer = anonymous().post("/oauth/token").query("grant_type", "client_credentials")
                .query("client_id", id).query("client_secret", secret).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().path("access_token").asText();
    }

    /** Registers an order and returns its uuid (the answer is checked: 202). */
    static String register(SpecCheckedClient client, String orderJson) {
        HttpResult answer = client.post("/orders").json(orderJson).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        return answer.json().path("entity").path("uuid").asText();
    }

    static JsonNode order(SpecCheckedClient client, String uuid) {
        HttpResult answer = client.get("/orders/" + uuid).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    /** What the admin API lists for CDEK: every order and every CREATE request, with states and timelines. */
    JsonNode entities() {
        HttpResult answer = admin().get("/cdek/entities").send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().path("entities");
    }

    void advance(Duration duration) {
        server.clock().advance(duration);
    }

    @Override
    public void close() {
        server.close();
    }
}
