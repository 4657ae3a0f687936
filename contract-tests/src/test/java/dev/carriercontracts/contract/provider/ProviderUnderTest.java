package dev.carriercontracts.contract.provider;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.clock.MockClock;

import java.time.Instant;

/**
 * The provider as the verifications see it: the real mock server, started in-process on a free port with a
 * virtual clock (so nothing moves unless a provider state moves it), driven only through HTTP: the carriers'
 * own APIs and the admin API ({@link AdminClient}). One per verification class.
 */
public final class ProviderUnderTest implements AutoCloseable {

    /** Where the virtual clock starts; pacts never depend on it, only on states moved relative to it. */
    public static final Instant CLOCK_START = Instant.parse("2026-03-02T08:00:00Z");

    private final MockServer server;
    private final AdminClient admin;

    private ProviderUnderTest(MockServer server) {
        this.server = server;
        this.admin = new AdminClient(server.baseUrl());
    }

    public static ProviderUnderTest start() {
        MockServer server = MockServer.builder()
                .host("127.0.0.1")
                .port(0)
                .clock(MockClock.virtual(CLOCK_START))
                .build()
                .start();
        return new ProviderUnderTest(server);
    }

    /** Pact's target: the server root, since the pacts' paths carry the carriers' base paths. */
    public HttpTestTarget target() {
        return new HttpTestTarget("127.0.0.1", server.port(), "/");
    }

    public String baseUrl(Carrier carrier) {
        return server.baseUrl(carrier);
    }

    public AdminClient admin() {
        return admin;
    }

    @Override
    public void close() {
        server.close();
    }
}
