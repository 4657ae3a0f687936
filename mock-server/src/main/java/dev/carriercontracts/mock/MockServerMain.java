package dev.carriercontracts.mock;

import dev.carriercontracts.mock.admin.AdminRoutes;
import dev.carriercontracts.mock.carrier.CarrierModuleFactory;
import dev.carriercontracts.mock.carrier.CarrierModules;
import dev.carriercontracts.mock.config.ConfigLoader;
import dev.carriercontracts.mock.config.CredentialSettings;
import dev.carriercontracts.mock.config.InvalidConfigException;
import dev.carriercontracts.mock.config.MockConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * The standalone server: {@code java -jar carrier-mock-server.jar --port 8080 --config mock.yaml}.
 * Prints where each carrier is and its credentials, then serves until stopped (SIGTERM or Ctrl-C
 * stop it cleanly). Exit codes: 2 for a bad config file, 1 when the server cannot start.
 */
@Command(name = "carrier-mock-server", mixinStandardHelpOptions = true, versionProvider = MockServerMain.Version.class,
        sortOptions = false,
        description = "Serves mock versions of the CNExpress, TrackingMore, CJ, package-tracking and CDEK APIs, "
                + "stateful and validated against their OpenAPI specs, with an admin API under " + AdminRoutes.BASE_PATH + ".",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped normally", "1:could not start (e.g. the port is taken)", "2:invalid command line or config file"})
public final class MockServerMain implements Callable<Integer> {

    static final int BAD_CONFIG = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: the config's server.port, 8080; 0 picks a free one).")
    private Integer port;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default: the config's server.host, 0.0.0.0).")
    private String host;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML config file, merged over the defaults (schema: mock-server-config.schema.json).")
    private Path config;

    private final List<CarrierModuleFactory> modules;
    private MockServer server;

    public MockServerMain() {
        this(CarrierModules.standard());
    }

    /** A command serving these carriers (tests). */
    MockServerMain(List<CarrierModuleFactory> modules) {
        this.modules = List.copyOf(modules);
    }

    public static void main(String[] args) {
        StartupWarmup.startInBackground();
        MockServerMain main = new MockServerMain();
        int exitCode = main.execute(args);
        if (main.server == null) {
            System.exit(exitCode);
        }
        // started: Jetty's threads keep the JVM alive until SIGTERM runs the shutdown hook
    }

    /** Runs the command line as {@code main} does, returning the exit code (0 while the server runs). */
    int execute(String[] args) {
        return new CommandLine(this).execute(args);
    }

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    private int run(PrintWriter out, PrintWriter err) {
        long started = System.nanoTime();
        MockConfig loaded;
        try {
            loaded = config == null ? new ConfigLoader().defaults() : new ConfigLoader().load(config);
        } catch (InvalidConfigException e) {
            err.println(e.getMessage());
            err.flush();
            return BAD_CONFIG;
        }
        MockServer.Builder builder = MockServer.builder().config(loaded).modules(modules);
        if (port != null) {
            builder.port(port);
        }
        if (host != null) {
            builder.host(host);
        }
        try {
            server = builder.build().start();
        } catch (InvalidConfigException e) {
            // a carrier refused its section of the config (bound when its module is built)
            err.println(e.getMessage());
            err.flush();
            return BAD_CONFIG;
        } catch (RuntimeException e) {
            err.println("carrier-mock-server could not start: " + e.getMessage());
            err.flush();
            return 1;
        }
        MockServer running = server;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.stop();
            out.println("carrier-mock-server stopped");
            out.flush();
        }, "mock-server-shutdown"));
        printBanner(out, running, (System.nanoTime() - started) / 1_000_000);
        return 0;
    }

    /** The running server (null before start or when it could not start); for tests. */
    MockServer server() {
        return server;
    }

    private static void printBanner(PrintWriter out, MockServer server, long millis) {
        out.printf("carrier-mock-server %s listening on %s (ready in %d ms)%n", Version.current(), server.baseUrl(), millis);
        for (Carrier carrier : server.carriers()) {
            out.printf("  %-18s %s%n", carrier.id(), server.baseUrl(carrier));
            for (CredentialSettings c : server.config().carrier(carrier).credentials()) {
                String attributes = c.attributes().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", "));
                out.printf("      %s / %s%s%n", c.id(), c.secret(), attributes.isEmpty() ? "" : "  (" + attributes + ")");
            }
        }
        out.printf("  %-18s %s%s  (clock: %s)%n", "admin", server.baseUrl(), AdminRoutes.BASE_PATH,
                server.clock().read().mode().name().toLowerCase());
        out.flush();
    }

    static final class Version implements CommandLine.IVersionProvider {
        static String current() {
            String version = MockServerMain.class.getPackage().getImplementationVersion();
            return version != null ? version : "development build";
        }

        @Override
        public String[] getVersion() {
            return new String[]{"carrier-mock-server " + current()};
        }
    }
}
