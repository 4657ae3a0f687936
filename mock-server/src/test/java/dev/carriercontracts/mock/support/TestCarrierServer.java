package dev.carriercontracts.mock.support;

import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.testcarrier.AuthStyle;
import dev.carriercontracts.mock.testcarrier.TestCarrier;

/**
 * The test carrier as a standalone server, to measure the platform's own cost by hand
 * (e.g. with wrk against {@code GET /package-tracking/v1/parcels} as alice). Not a test.
 * Usage: {@code TestCarrierServer [port]}.
 */
public final class TestCarrierServer {

    private TestCarrierServer() {
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 18100;
        MockServer server = MockServer.builder()
                .host("127.0.0.1")
                .port(port)
                .config(TestServers.config(""))
                .clock(MockClock.system())
                .modules(TestCarrier.as(TestServers.CARRIER, AuthStyle.BASIC))
                .build()
                .start();
        System.out.println("test carrier at " + server.baseUrl(TestServers.CARRIER));
    }
}
