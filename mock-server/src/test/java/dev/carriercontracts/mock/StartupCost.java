package dev.carriercontracts.mock;

import dev.carriercontracts.mock.auth.Credentials;
import dev.carriercontracts.mock.carrier.CarrierContext;
import dev.carriercontracts.mock.carrier.CarrierModuleFactory;
import dev.carriercontracts.mock.carrier.CarrierModules;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.config.ConfigLoader;
import dev.carriercontracts.mock.config.MockConfig;
import dev.carriercontracts.mock.http.JsonMapper;
import io.javalin.Javalin;
import picocli.CommandLine;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * Measures what the standalone server does before its first answer, step by step, in the order it does
 * it, on one thread (no {@link StartupWarmup}): the wall time and the thread's CPU time of each step, cold
 * (each step pays its own class loading and runs interpreted, as at a real start). The CPU time is the
 * figure to compare on a shared machine: another process taking the core does not add to it.
 * Not a test: run it by hand, in a fresh JVM each time,
 * {@code java -cp "$(cat mock-server/target/test-classpath.txt):mock-server/target/classes:mock-server/target/test-classes" dev.carriercontracts.mock.StartupCost}
 * (the class path file from {@code ./mvnw -pl mock-server dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt}).
 */
public final class StartupCost {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("%-34s %8s %8s%n", "step", "wall ms", "cpu ms");
        System.out.printf("%-34s %8d %8s%n", "JVM start to main", System.currentTimeMillis() - jvmStart, "");
        if (args.length > 0 && args[0].equals("javalin")) {
            bareJavalin();
            return;
        }

        step("command line (picocli)", () -> new CommandLine(new MockServerMain()).parseArgs("--port", "18199", "--host", "127.0.0.1"));
        MockConfig config = step("config defaults (YAML)", () -> new ConfigLoader().defaults());
        var json = step("server's ObjectMapper", JsonMapper::create);
        MockClock clock = config.clock().newClock();
        for (CarrierModuleFactory factory : CarrierModules.standard()) {
            Carrier carrier = factory.carrier();
            step("module " + carrier.id(), () -> factory.create(new CarrierContext(carrier, config.carrier(carrier),
                    new Credentials(carrier, config.carrier(carrier).credentials()), clock, json,
                    config.server().maxStoredEntitiesPerCarrier())));
        }
        MockServer server = step("MockServer.build (all of it again)", () -> MockServer.builder().config(config)
                .port(18199).host("127.0.0.1").build());
        step("start (Jetty listening)", server::start);
        step("first GET /account (wall only)", () -> get(server.port(), "/cnexpress/api/v1/account"));
        step("second GET /account (wall only)", () -> get(server.port(), "/cnexpress/api/v1/account"));
        server.stop();
    }

    /** The reference: a bare Javalin handler, as the benchmark's javalin-limit, measured the same way. */
    private static void bareJavalin() {
        Javalin app = step("Javalin.create", () -> Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get("/cnexpress/api/v1/account", ctx -> ctx.contentType("application/json").result("{}"));
        }));
        step("start (Jetty listening)", () -> app.start("127.0.0.1", 18199));
        step("first GET /account (wall only)", () -> get(app.port(), "/cnexpress/api/v1/account"));
        step("second GET /account (wall only)", () -> get(app.port(), "/cnexpress/api/v1/account"));
        app.stop();
    }

    private static <T> T step(String name, Supplier<T> work) {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        T result = work.get();
        System.out.printf("%-34s %8.1f %8.1f%n", name, (System.nanoTime() - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
        return result;
    }

    private static void step(String name, Runnable work) {
        step(name, () -> {
            work.run();
            return null;
        });
    }

    /** A bare HTTP/1.1 request on a socket: a client library would load its own classes into the figure. */
    private static String get(int port, String path) {
        try {
            String answer = ArchiveTraining.request(port, "GET", path, null);
            if (!answer.startsWith("HTTP/1.1 200")) {
                throw new IllegalStateException("unexpected answer: " + answer);
            }
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
