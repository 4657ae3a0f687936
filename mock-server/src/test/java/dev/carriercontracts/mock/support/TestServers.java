package dev.carriercontracts.mock.support;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.config.ConfigLoader;
import dev.carriercontracts.mock.config.MockConfig;
import dev.carriercontracts.mock.testcarrier.AuthStyle;
import dev.carriercontracts.mock.testcarrier.ParcelsModule;
import dev.carriercontracts.mock.testcarrier.TestCarrier;

import java.time.Instant;

/** Servers for the platform's tests: the test carrier on a virtual clock, on a free port. */
public final class TestServers {

    /** Where the test carrier is mounted (any carrier would do; this one is the simplest). */
    public static final Carrier CARRIER = Carrier.PACKAGE_TRACKING;
    public static final String SPEC = ParcelsModule.SPEC;
    public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    /** Two accounts, and the test carrier's delays. */
    public static final String CONFIG = """
            carriers:
              package-tracking:
                credentials:
                  - id: alice
                    secret: alice-secret
                    attributes: {tier: gold}
                  - id: bob
                    secret: bob-secret
                delays:
                  pickup: PT10M
                  delivery: PT1H
                  token: PT30M
            """;

    private TestServers() {
    }

    public static MockConfig config(String extraYaml) {
        return new ConfigLoader().fromYaml(CONFIG + extraYaml, "test config");
    }

    /** The test carrier with HTTP Basic, started. */
    public static MockServer started() {
        return started(AuthStyle.BASIC, "");
    }

    public static MockServer started(AuthStyle auth, String extraYaml) {
        return MockServer.builder()
                .host("127.0.0.1")
                .port(0)
                .config(config(extraYaml))
                .clock(MockClock.virtual(START))
                .modules(TestCarrier.as(CARRIER, auth))
                .build()
                .start();
    }

    /** A client for the test carrier, as alice. */
    public static SpecCheckedClient alice(MockServer server) {
        return SpecCheckedClient.of(server, CARRIER, SPEC).withBasicAuth("alice", "alice-secret");
    }

    public static SpecCheckedClient bob(MockServer server) {
        return SpecCheckedClient.of(server, CARRIER, SPEC).withBasicAuth("bob", "bob-secret");
    }

    public static SpecCheckedClient anonymous(MockServer server) {
        return SpecCheckedClient.of(server, CARRIER, SPEC);
    }
}
