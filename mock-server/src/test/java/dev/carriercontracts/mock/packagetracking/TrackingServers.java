package dev.carriercontracts.mock.packagetracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.carrier.CarrierModuleFactory;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.config.ConfigLoader;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;

import java.time.Instant;

/** The package-tracking module alone on a virtual clock, and spec-checked clients for its two default keys. */
final class TrackingServers {

    static final Carrier CARRIER = Carrier.PACKAGE_TRACKING;
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final String API_KEY = "pt-test-api-key";
    static final String SECOND_API_KEY = "pt-second-api-key";
    /** Delays long enough that every trace has its own time (the defaults are half a second each). */
    static final String SLOW_DELAYS = """
            carriers:
              package-tracking:
                delays:
                  inTransit: PT2H
                  transfer: PT3H
                  outForDelivery: PT1H
                  delivered: PT30M
                  exception: PT4H
                  returned: PT5H
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private TrackingServers() {
    }

    /** The module with its defaults, plus {@code extraYaml} merged over them. */
    static MockServer started(String extraYaml) {
        return MockServer.builder()
                .host("127.0.0.1")
                .port(0)
                .config(new ConfigLoader().fromYaml(extraYaml, "test config"))
                .clock(MockClock.virtual(START))
                .modules(CarrierModuleFactory.of(CARRIER, PackageTrackingModule::new))
                .build()
                .start();
    }

    static SpecCheckedClient client(MockServer server, String apiKey) {
        return anonymous(server).withHeader("X-Api-Key", apiKey);
    }

    static SpecCheckedClient anonymous(MockServer server) {
        return SpecCheckedClient.of(server, CARRIER, CARRIER.specResource());
    }

    static String body(String expCode, String expNo) {
        return JSON.createObjectNode().put("expCode", expCode).put("expNo", expNo).toString();
    }

    static HttpResult query(SpecCheckedClient client, String expCode, String expNo) {
        return client.post("/query").json(body(expCode, expNo)).send();
    }

    /** The {@code data} of a successful query (fails the test on any other answer). */
    static JsonNode tracked(SpecCheckedClient client, String expCode, String expNo) {
        HttpResult answer = query(client, expCode, expNo);
        if (answer.status() != 200 || !answer.json().path("code").asText().equals("SUCCESS")) {
            throw new AssertionError("expected SUCCESS for " + expCode + " " + expNo + ", got " + answer);
        }
        return answer.json().path("data");
    }
}
