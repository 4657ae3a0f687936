package dev.carriercontracts.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carriercontracts.mock.admin.AdminApi;
import dev.carriercontracts.mock.admin.AdminRoutes;
import dev.carriercontracts.mock.admin.CarrierDescription;
import dev.carriercontracts.mock.auth.Credentials;
import dev.carriercontracts.mock.carrier.CarrierContext;
import dev.carriercontracts.mock.carrier.CarrierModule;
import dev.carriercontracts.mock.carrier.CarrierModuleFactory;
import dev.carriercontracts.mock.carrier.CarrierModules;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.config.CarrierSettings;
import dev.carriercontracts.mock.config.MockConfig;
import dev.carriercontracts.mock.faults.FaultInjector;
import dev.carriercontracts.mock.faults.FaultRule;
import dev.carriercontracts.mock.faults.FaultScheduler;
import dev.carriercontracts.mock.http.ApiMount;
import dev.carriercontracts.mock.http.HttpServerFactory;
import dev.carriercontracts.mock.http.JournalRecorder;
import dev.carriercontracts.mock.http.JsonMapper;
import dev.carriercontracts.mock.http.PipelineServices;
import dev.carriercontracts.mock.http.ResponseWriter;
import dev.carriercontracts.mock.journal.RequestJournal;
import dev.carriercontracts.mock.journal.SecretMasker;
import dev.carriercontracts.mock.validation.LazySpecValidator;
import io.javalin.Javalin;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The mock carrier server, embeddable:
 * <pre>{@code
 * try (MockServer server = MockServer.builder().port(0).host("127.0.0.1").build().start()) {
 *     String cnexpress = server.baseUrl(Carrier.CNEXPRESS);   // http://127.0.0.1:<port>/cnexpress/api/v1
 *     server.clock().advance(Duration.ofMinutes(5));            // or server.admin().advanceClock(...)
 *     server.journal().verify(Carrier.CNEXPRESS, "createRequest").once();
 * }
 * }</pre>
 * Everything it holds (stores, journal, faults, clock) belongs to this instance and is built here,
 * once; two servers in one JVM share nothing.
 */
public final class MockServer implements AutoCloseable {

    private final MockConfig config;
    private final MockClock clock;
    private final ObjectMapper json;
    private final RequestJournal journal;
    private final FaultInjector faults;
    private final FaultScheduler scheduler;
    private final Map<Carrier, CarrierModule> modules;
    private final AdminApi admin;
    private final Javalin app;
    private final String host;

    private MockServer(Builder builder) {
        MockConfig base = builder.config != null ? builder.config : MockConfig.defaults();
        this.config = base.withServer(base.server()
                .withPort(builder.port != null ? builder.port : base.server().port())
                .withHost(builder.host != null ? builder.host : base.server().host()));
        this.host = config.server().host();
        this.clock = builder.clock != null ? builder.clock : config.clock().newClock();
        this.json = JsonMapper.create();
        this.journal = new RequestJournal(config.server().journal().maxEntries(), json);
        this.faults = new FaultInjector();

        this.modules = new EnumMap<>(Carrier.class);
        List<FaultRule> configuredFaults = new ArrayList<>();
        List<ApiMount> mounts = new ArrayList<>();
        List<CarrierDescription> descriptions = new ArrayList<>();
        for (CarrierModuleFactory factory : builder.modules) {
            Carrier carrier = factory.carrier();
            CarrierSettings settings = config.carrier(carrier);
            Credentials credentials = new Credentials(carrier, settings.credentials());
            CarrierModule module = factory.create(new CarrierContext(carrier, settings,
                    credentials, clock, json, config.server().maxStoredEntitiesPerCarrier()));
            if (module.carrier() != carrier) {
                throw new IllegalStateException("the factory for " + carrier.id() + " built a module for " + module.carrier().id());
            }
            if (modules.putIfAbsent(carrier, module) != null) {
                throw new IllegalArgumentException("two modules for carrier " + carrier.id());
            }
            configuredFaults.addAll(settings.faults());
            ApiMount mount = ApiMount.of(module, new LazySpecValidator(module.specResource(), json));
            mounts.add(mount);
            descriptions.add(CarrierDescription.of(module, credentials.all(), mount.routes()));
        }
        configuredFaults.addAll(builder.faults);
        faults.replaceAll(configuredFaults);
        this.admin = new AdminApi(modules, clock, journal, faults, configuredFaults, descriptions);

        QueuedThreadPool threads = new QueuedThreadPool(250, 8, 60_000);
        threads.setName("mock-server");
        this.scheduler = new FaultScheduler(threads);
        PipelineServices services = new PipelineServices(clock, json, faults, scheduler, journal,
                new JournalRecorder(journal, new SecretMasker(json), config.server().journal().maxBodyChars()),
                new ResponseWriter(json), config.server().maxBodyBytes(), threads);
        mounts.add(AdminRoutes.mount(admin, journal, faults, json));
        this.app = HttpServerFactory.create(mounts, services, threads, host, config.server().port());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts listening; returns this server. */
    public MockServer start() {
        app.start(host, config.server().port());
        return this;
    }

    /** Stops listening and releases the threads; idempotent. */
    public void stop() {
        app.stop();
        scheduler.close();
    }

    @Override
    public void close() {
        stop();
    }

    /** The port it listens on (the actual one when started with port 0). */
    public int port() {
        return app.port();
    }

    /** e.g. {@code http://127.0.0.1:8080} ({@code localhost} when listening on every interface). */
    public String baseUrl() {
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        return "http://" + shown + ":" + port();
    }

    /** Where a carrier is served, e.g. {@code http://127.0.0.1:8080/cnexpress/api/v1}. */
    public String baseUrl(Carrier carrier) {
        return baseUrl() + carrier.basePath();
    }

    public MockConfig config() {
        return config;
    }

    public MockClock clock() {
        return clock;
    }

    public RequestJournal journal() {
        return journal;
    }

    public FaultInjector faults() {
        return faults;
    }

    public AdminApi admin() {
        return admin;
    }

    /** The carriers this server serves. */
    public List<Carrier> carriers() {
        return List.copyOf(modules.keySet());
    }

    public Optional<CarrierModule> module(Carrier carrier) {
        return Optional.ofNullable(modules.get(carrier));
    }

    /** Builds a {@link MockServer}; every setting is optional. */
    public static final class Builder {
        private Integer port;
        private String host;
        private MockConfig config;
        private MockClock clock;
        private List<CarrierModuleFactory> modules = CarrierModules.standard();
        private List<FaultRule> faults = List.of();

        private Builder() {
        }

        /** The port (0: a free one). Wins over the config's. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The address to listen on. Wins over the config's. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host);
            return this;
        }

        public Builder config(MockConfig config) {
            this.config = Objects.requireNonNull(config);
            return this;
        }

        /** The clock to use (default: as the config's {@code clock} section says). */
        public Builder clock(MockClock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** The carriers to serve (default: {@link CarrierModules#standard()}). */
        public Builder modules(List<CarrierModuleFactory> modules) {
            this.modules = List.copyOf(modules);
            return this;
        }

        public Builder modules(CarrierModuleFactory... modules) {
            return modules(List.of(modules));
        }

        /** Fault rules active from the start, after the config's, and restored with them by every reset. */
        public Builder faults(List<FaultRule> faults) {
            this.faults = List.copyOf(faults);
            return this;
        }

        public MockServer build() {
            return new MockServer(this);
        }
    }
}
