package dev.carriercontracts.mock.faults;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.journal.JournalEntry;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import dev.carriercontracts.mock.support.TestServers;
import dev.carriercontracts.mock.testcarrier.AuthStyle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static dev.carriercontracts.mock.support.TestServers.CARRIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Faults per carrier and operation: latency, error status, dropped connection, rate limit. */
class FaultInjectionTest {

    private static final String PARCEL = "{\"reference\": \"R\", \"weight_grams\": 1}";

    static MockServer server;
    static SpecCheckedClient alice;

    @BeforeAll
    static void start() {
        server = TestServers.started();
        alice = TestServers.alice(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.admin().resetAll();
    }

    private static HttpResult create() {
        return alice.post("/parcels").json(PARCEL).send();
    }

    @Test
    void an_error_fault_answers_its_status_with_the_carriers_error_body() {
        server.faults().add(FaultRule.always(CARRIER, "createParcel", new Fault.ErrorStatus(503)));

        HttpResult answer = create();

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.json().path("code").asText()).isEqualTo("INJECTED_503");
        assertThat(alice.get("/parcels").send().status()).as("other operations are untouched").isEqualTo(200);
    }

    @Test
    void a_rate_limit_answers_429_with_retry_after() {
        server.faults().add(FaultRule.always(CARRIER, null, new Fault.RateLimit(Duration.ofSeconds(30))));

        HttpResult answer = alice.get("/parcels").send();

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.header("Retry-After")).hasValue("30");
        assertThat(answer.json().path("code").asText()).isEqualTo("RATE_LIMITED");
    }

    @Test
    void a_dropped_connection_gets_no_answer_and_the_server_goes_on() {
        // the JDK client retries a GET once on a closed connection: drop every call while it tries
        FaultRule drop = server.faults().add(FaultRule.always(CARRIER, "listParcels", new Fault.DropConnection()));

        assertThatThrownBy(() -> alice.get("/parcels").send()).isInstanceOf(UncheckedIOException.class);

        server.faults().remove(drop.id());
        assertThat(alice.get("/parcels").send().status()).isEqualTo(200);
        JournalEntry dropped = server.journal().all().get(0);
        assertThat(dropped.status()).isZero();
        assertThat(dropped.fault()).isEqualTo("drop");
    }

    @Test
    void a_fixed_latency_delays_the_answer() {
        server.faults().add(FaultRule.always(CARRIER, "listParcels", Fault.Latency.fixed(Duration.ofMillis(400))));

        long started = System.nanoTime();
        HttpResult answer = alice.get("/parcels").send();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(server.journal().all().get(0).latencyMicros()).isGreaterThanOrEqualTo(400_000);
    }

    @Test
    void delayed_calls_wait_side_by_side_not_one_after_another() {
        server.faults().add(FaultRule.always(CARRIER, "listParcels", Fault.Latency.fixed(Duration.ofMillis(500))));

        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            long started = System.nanoTime();
            List<CompletableFuture<HttpResult>> calls = IntStream.range(0, 20)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> alice.get("/parcels").send(), clients))
                    .toList();
            calls.forEach(c -> assertThat(c.join().status()).isEqualTo(200));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("20 calls delayed 500 ms each").isLessThan(Duration.ofSeconds(5));
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void latency_and_an_error_combine() {
        server.faults().add(FaultRule.always(CARRIER, "createParcel", Fault.Latency.fixed(Duration.ofMillis(200))));
        server.faults().add(FaultRule.always(CARRIER, "createParcel", new Fault.ErrorStatus(502)));

        long started = System.nanoTime();
        HttpResult answer = create();

        assertThat(answer.status()).isEqualTo(502);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void probability_zero_never_fires_and_one_always_does() {
        server.faults().add(FaultRule.always(CARRIER, "createParcel", new Fault.ErrorStatus(500)).withProbability(0.0));
        assertThat(IntStream.range(0, 10).map(i -> create().status())).containsOnly(201);

        server.faults().clear();
        server.faults().add(FaultRule.always(CARRIER, "createParcel", new Fault.ErrorStatus(500)).withProbability(1.0));
        assertThat(IntStream.range(0, 10).map(i -> create().status())).containsOnly(500);
    }

    @Test
    void a_rule_for_the_next_n_calls_expires_after_them() {
        FaultRule rule = server.faults().add(FaultRule.nextCalls(CARRIER, "createParcel", new Fault.ErrorStatus(503), 2));

        assertThat(server.faults().find(rule.id())).map(FaultInjector.ActiveFault::remaining).hasValue(2);
        assertThat(List.of(create().status(), create().status(), create().status())).containsExactly(503, 503, 201);
        assertThat(server.faults().list()).isEmpty();
    }

    @Test
    void a_rule_for_another_carrier_does_not_apply() {
        server.faults().add(FaultRule.always(Carrier.CDEK, null, new Fault.ErrorStatus(500)));

        assertThat(create().status()).isEqualTo(201);
    }

    @Test
    void a_rule_for_every_carrier_applies_to_this_one() {
        server.faults().add(FaultRule.always(null, null, new Fault.ErrorStatus(500)));

        assertThat(create().status()).isEqualTo(500);
    }

    @Test
    void faults_from_the_config_file_are_active_from_the_start_and_restored_by_reset() {
        String config = """
                carriers:
                  package-tracking:
                    credentials: [{id: alice, secret: alice-secret}]
                    faults:
                      - operationId: listParcels
                        type: rate-limit
                        retryAfter: PT5S
                """;
        try (MockServer configured = MockServer.builder().host("127.0.0.1").port(0)
                .config(new dev.carriercontracts.mock.config.ConfigLoader().fromYaml(config, "test"))
                .modules(dev.carriercontracts.mock.testcarrier.TestCarrier.as(CARRIER, AuthStyle.BASIC)).build().start()) {
            SpecCheckedClient client = TestServers.alice(configured);
            assertThat(client.get("/parcels").send().header("Retry-After")).hasValue("5");

            configured.faults().clear();
            assertThat(client.get("/parcels").send().status()).isEqualTo(200);

            configured.admin().resetAll();
            assertThat(client.get("/parcels").send().status()).isEqualTo(429);
        }
    }

    @Test
    void faults_given_to_the_builder_are_active_from_the_start_and_restored_by_every_reset() {
        try (MockServer built = MockServer.builder().host("127.0.0.1").port(0)
                .config(TestServers.config(""))
                .modules(dev.carriercontracts.mock.testcarrier.TestCarrier.as(CARRIER, AuthStyle.BASIC))
                .faults(List.of(FaultRule.always(CARRIER, "listParcels", new Fault.ErrorStatus(503)))).build().start()) {
            SpecCheckedClient client = TestServers.alice(built);
            assertThat(client.get("/parcels").send().status()).isEqualTo(503);

            built.faults().clear();
            assertThat(client.get("/parcels").send().status()).isEqualTo(200);

            built.admin().resetAll(); // as POST /__admin/reset and the console's reset button do
            assertThat(client.get("/parcels").send().status()).isEqualTo(503);
        }
    }

    @Test
    void a_random_latency_is_drawn_between_its_bounds() {
        FaultInjector injector = new FaultInjector();
        injector.add(FaultRule.always(CARRIER, null, new Fault.Latency(Duration.ofMillis(100), Duration.ofMillis(200))));

        List<Duration> delays = IntStream.range(0, 200).mapToObj(i -> injector.plan(CARRIER, "any").delay()).toList();

        assertThat(delays).allSatisfy(d -> assertThat(d).isBetween(Duration.ofMillis(100), Duration.ofMillis(200)));
        assertThat(delays.stream().distinct().count()).isGreaterThan(10);
    }

    @Test
    void no_rule_costs_nothing() {
        assertThat(new FaultInjector().plan(CARRIER, "any")).isSameAs(FaultPlan.NONE);
    }
}
