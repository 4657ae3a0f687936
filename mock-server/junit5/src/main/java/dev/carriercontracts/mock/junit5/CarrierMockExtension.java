package dev.carriercontracts.mock.junit5;

import dev.carriercontracts.client.core.ClientOptions;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.admin.AdminApi;
import dev.carriercontracts.mock.clock.ClockMode;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.faults.FaultInjector;
import dev.carriercontracts.mock.faults.FaultRule;
import dev.carriercontracts.mock.journal.RequestJournal;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * JUnit 5 extension running the carrier mock server in-process, on a free port of 127.0.0.1.
 *
 * <p>Declaratively, with {@link CarrierMock} on the test class; or programmatically, WireMock style:
 * <pre>{@code
 * @RegisterExtension
 * static CarrierMockExtension mock = CarrierMockExtension.builder()
 *         .config("mock-server.yaml")
 *         .start(Instant.parse("2026-03-01T09:00:00Z"))
 *         .fault(FaultRule.always(Carrier.CDEK, "getOrder", Fault.Latency.fixed(Duration.ofMillis(300))))
 *         .build();
 *
 * @Test
 * void ships(CnExpressApi cnexpress) {
 *     ...
 *     mock.clock().advance(Duration.ofMinutes(5));
 *     mock.journal().verify(Carrier.CNEXPRESS, "createRequest").withBody("/order_no", "A1").once();
 * }
 * }</pre>
 *
 * Either way, test and lifecycle methods can declare as parameters: a generated client
 * ({@code CnExpressApi}, {@code TrackingMoreApi}, {@code CjLogisticsApi}, {@code PackageTrackingApi},
 * {@code CdekApi}: whichever jars the classpath has), logged in as the carrier's first configured
 * account or the one named by {@link Credential}; {@code @BaseUrl(Carrier.X) String};
 * {@code @Credential(Carrier.X) MockCredential}; {@link MockServer}, {@link MockClock},
 * {@link RequestJournal}, {@link FaultInjector}, {@link AdminApi}.
 *
 * <p>Defaults: a {@linkplain ClockMode#VIRTUAL virtual} clock, a {@linkplain Reset#BETWEEN_TESTS reset}
 * before each test, {@linkplain Scope#CLASS one server per test class}.
 */
public final class CarrierMockExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CarrierMockExtension.class);

    /** Where a server is kept: its scope and spec, so that a RUN server is never taken for a CLASS one. */
    private record StoreKey(Scope scope, ServerSpec spec) {
    }

    /** {@code null} when registered through {@link CarrierMock}: read from the test class. */
    private final ExtensionSettings preset;
    private volatile ServerHandle current;

    /** For {@code @ExtendWith} and {@link CarrierMock}; a {@code @RegisterExtension} field uses {@link #builder()}. */
    public CarrierMockExtension() {
        this(null);
    }

    private CarrierMockExtension(ExtensionSettings preset) {
        this.preset = preset;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        handle(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ServerHandle handle = handle(context);
        if (settings(context).reset() == Reset.BETWEEN_TESTS) {
            handle.reset();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return ParameterInjection.supports(parameter);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return ParameterInjection.resolve(parameter, handle(context), settings(context).clientOptions());
    }

    /** The running server (from a {@code @RegisterExtension} field; parameters are the other way). */
    public MockServer server() {
        ServerHandle handle = current;
        if (handle == null) {
            throw new IllegalStateException("the mock server is not running yet: it starts before the test class's"
                    + " @BeforeAll methods; use it from there, @BeforeEach or a test");
        }
        return handle.server();
    }

    public MockClock clock() {
        return server().clock();
    }

    public RequestJournal journal() {
        return server().journal();
    }

    public FaultInjector faults() {
        return server().faults();
    }

    public AdminApi admin() {
        return server().admin();
    }

    /** Where a carrier is served, e.g. {@code http://127.0.0.1:51234/cnexpress/api/v1}. */
    public String baseUrl(Carrier carrier) {
        server();
        return current.baseUrl(carrier);
    }

    /** The carrier's first configured account. */
    public MockCredential credential(Carrier carrier) {
        return credential(carrier, "");
    }

    /** The carrier's account with this id. */
    public MockCredential credential(Carrier carrier, String id) {
        server();
        return current.credential(carrier, id);
    }

    /** A generated client (e.g. {@code CnExpressApi.class}) logged in as the carrier's first account. */
    public <T> T client(Class<T> api) {
        return client(api, "");
    }

    /** A generated client logged in as the carrier's account with this id. */
    public <T> T client(Class<T> api, String accountId) {
        GeneratedClient client = GeneratedClient.forType(api).orElseThrow(() -> new IllegalArgumentException(
                api.getName() + " is not a generated carrier client API; these are: CnExpressApi, TrackingMoreApi,"
                        + " CjLogisticsApi, PackageTrackingApi, CdekApi"));
        MockCredential account = credential(client.carrier(), accountId);
        return api.cast(current.client(client, account, preset == null ? null : preset.clientOptions()));
    }

    private ServerHandle handle(ExtensionContext context) {
        ExtensionSettings settings = settings(context);
        ExtensionContext owner = settings.scope() == Scope.RUN ? context.getRoot() : topLevelClass(context);
        ServerHandle handle = owner.getStore(NAMESPACE).getOrComputeIfAbsent(new StoreKey(settings.scope(), settings.server()),
                key -> ServerHandle.start(settings.server()), ServerHandle.class);
        current = handle;
        return handle;
    }

    /** The context of the outermost test class: its {@code @Nested} classes share its server. */
    private static ExtensionContext topLevelClass(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getParent().flatMap(ExtensionContext::getParent).isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    private ExtensionSettings settings(ExtensionContext context) {
        if (preset != null) {
            return preset;
        }
        for (Optional<Class<?>> type = context.getTestClass(); type.isPresent(); type = Optional.ofNullable(type.get().getEnclosingClass())) {
            Optional<CarrierMock> annotation = AnnotationSupport.findAnnotation(type.get(), CarrierMock.class);
            if (annotation.isPresent()) {
                return ExtensionSettings.of(annotation.get());
            }
        }
        return ExtensionSettings.DEFAULTS;
    }

    /** Builds a {@link CarrierMockExtension} for a {@code @RegisterExtension static} field; every setting is optional. */
    public static final class Builder {
        private ClockMode clock = ClockMode.VIRTUAL;
        private Instant start;
        private Reset reset = Reset.BETWEEN_TESTS;
        private Scope scope = Scope.CLASS;
        private String configLocation;
        private String configYaml;
        private int port;
        private final List<FaultRule> faults = new ArrayList<>();
        // ClientOptions appears only in generic signatures, which the JVM never resolves: this class
        // still loads on a classpath without client-core
        private UnaryOperator<ClientOptions> clientOptions;

        private Builder() {
        }

        /** VIRTUAL (default): frozen, moved only by the test. SYSTEM: real time plus any offset the test adds. */
        public Builder clock(ClockMode mode) {
            this.clock = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** Where the clock starts (and returns to at each reset). Default: the config's {@code clock.start}, else now. */
        public Builder start(Instant instant) {
            this.start = Objects.requireNonNull(instant, "instant");
            return this;
        }

        /** Whether each test starts from a fresh server state (default: {@link Reset#BETWEEN_TESTS}). */
        public Builder reset(Reset reset) {
            this.reset = Objects.requireNonNull(reset, "reset");
            return this;
        }

        /** One server per test class (default) or per run. */
        public Builder scope(Scope scope) {
            this.scope = Objects.requireNonNull(scope, "scope");
            return this;
        }

        /** A YAML config file merged over the defaults: a classpath resource, else a file path. */
        public Builder config(String classpathResourceOrPath) {
            this.configLocation = Objects.requireNonNull(classpathResourceOrPath, "classpathResourceOrPath");
            this.configYaml = null;
            return this;
        }

        /** The config as YAML text, e.g. {@code "server: {journal: {maxEntries: 100}}"}. */
        public Builder configYaml(String yaml) {
            this.configYaml = Objects.requireNonNull(yaml, "yaml");
            this.configLocation = null;
            return this;
        }

        /** A fixed port (default 0: a free one; prefer that). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** A fault rule active from the start and restored by every reset, like the config's {@code faults}. */
        public Builder fault(FaultRule rule) {
            faults.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Adjusts the options of the injected clients, which start from {@code ClientOptions.defaults()}
         * on the mock clock: {@code .clientOptions(o -> o.withRetryPolicy(RetryPolicy.disabled()))}.
         */
        public Builder clientOptions(UnaryOperator<ClientOptions> customizer) {
            this.clientOptions = Objects.requireNonNull(customizer, "customizer");
            return this;
        }

        public CarrierMockExtension build() {
            ServerSpec server = new ServerSpec(clock, start, configLocation, configYaml, port, faults);
            return new CarrierMockExtension(new ExtensionSettings(server, reset, scope, clientOptions));
        }
    }
}
