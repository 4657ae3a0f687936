package dev.carriercontracts.mock.junit5;

import dev.carriercontracts.client.core.ClientOptions;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.clock.ClockMode;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.config.CredentialSettings;
import dev.carriercontracts.mock.config.MockConfig;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One running mock server, kept in a JUnit store (the test class's or the run's), which stops it when
 * that scope ends. Knows how to bring the server back to its start: {@link #reset()}.
 */
@SuppressWarnings("deprecation") // CloseableResource: JUnit before 5.13 closes only those, later ones AutoCloseable
final class ServerHandle implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private final MockServer server;
    private final ClockMode clockMode;
    private final Instant clockStart;
    private volatile boolean closed;

    private ServerHandle(MockServer server, ClockMode clockMode, Instant clockStart) {
        this.server = server;
        this.clockMode = clockMode;
        this.clockStart = clockStart;
    }

    static ServerHandle start(ServerSpec spec) {
        MockConfig config = spec.loadConfig();
        Instant start = spec.start() != null ? spec.start() : config.clock().start();
        if (start == null && spec.clock() == ClockMode.VIRTUAL) {
            start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }
        MockClock clock = spec.clock() == ClockMode.VIRTUAL ? MockClock.virtual(start) : MockClock.system();
        MockServer server = MockServer.builder().config(config).host("127.0.0.1").port(spec.port()).clock(clock)
                .faults(spec.faults()).build();
        ServerHandle handle = new ServerHandle(server, spec.clock(), start);
        handle.restoreClock();
        server.start();
        return handle;
    }

    MockServer server() {
        return server;
    }

    /** Back to the start: stores, tokens and journal empty, faults as configured, clock at its start. */
    void reset() {
        server.admin().resetAll();
        restoreClock();
    }

    private void restoreClock() {
        server.admin().setClock(clockMode, clockStart);
    }

    /** The carrier's account with this id, or its first account when {@code id} is empty. */
    MockCredential credential(Carrier carrier, String id) {
        requireServed(carrier);
        List<CredentialSettings> accounts = server.config().carrier(carrier).credentials();
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("the mock server has no " + carrier.id() + " account: add one under carriers."
                    + carrier.id() + ".credentials in the config");
        }
        CredentialSettings account = id.isEmpty() ? accounts.get(0) : accounts.stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the mock server has no " + carrier.id() + " account '" + id
                        + "'; its accounts are " + accounts.stream().map(CredentialSettings::id).toList()));
        return new MockCredential(carrier, account.id(), account.secret());
    }

    String baseUrl(Carrier carrier) {
        requireServed(carrier);
        return server.baseUrl(carrier);
    }

    /** A generated client logged in as {@code account}; only called when that client's jar is on the classpath. */
    Object client(GeneratedClient api, MockCredential account, UnaryOperator<ClientOptions> options) {
        return ClientFactories.create(api.carrier(), baseUrl(api.carrier()), account, server.clock(), options);
    }

    private void requireServed(Carrier carrier) {
        if (!server.carriers().contains(carrier)) {
            throw new IllegalArgumentException("the mock server does not serve " + carrier.id() + "; it serves "
                    + server.carriers().stream().map(Carrier::id).toList());
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            server.stop();
        }
    }
}
