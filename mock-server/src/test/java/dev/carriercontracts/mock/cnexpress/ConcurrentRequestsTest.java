package dev.carriercontracts.mock.cnexpress;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.carriercontracts.mock.cnexpress.CnExpressServers.PROCESSED;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.get;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.order;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.orderOfPackages;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many clients at once, creating and reading: nothing is lost, no number is handed out twice, every read
 * gets its own request back, and a live account's credit is never spent twice.
 */
class ConcurrentRequestsTest {

    private static final int THREADS = 8;
    private static final int REQUESTS_PER_THREAD = 40;

    static MockServer server;

    @BeforeAll
    static void start() {
        server = CnExpressServers.started();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        CnExpressServers.reset(server);
    }

    @Test
    void concurrent_creates_and_reads_lose_nothing_and_never_share_a_number() throws Exception {
        SpecCheckedClient[] accounts = {CnExpressServers.me(server), CnExpressServers.you(server)};
        Map<String, String> orderNoByRequestNo = new ConcurrentHashMap<>();
        List<Callable<Void>> clients = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            SpecCheckedClient client = accounts[t % 2];
            clients.add(() -> {
                for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                    String orderNo = "T" + thread + "-" + i;
                    JsonNode created = CnExpressServers.create(client, orderOfPackages(1 + i % 3).put("order_no", orderNo));
                    String requestNo = created.path("request_no").asText();
                    assertThat(orderNoByRequestNo.putIfAbsent(requestNo, orderNo)).as("request_no handed out twice").isNull();
                    assertThat(get(client, requestNo).path("order_no").asText()).isEqualTo(orderNo);
                }
                return null;
            });
        }

        runAtOnce(clients);

        assertThat(orderNoByRequestNo).hasSize(THREADS * REQUESTS_PER_THREAD);
        assertThat(server.admin().entities(Carrier.CNEXPRESS)).hasSize(THREADS * REQUESTS_PER_THREAD);
        server.clock().advance(PROCESSED);
        List<String> trackingNumbers = new ArrayList<>();
        for (var e : server.admin().entities(Carrier.CNEXPRESS)) {
            SpecCheckedClient owner = e.credentialId().equals("my_username") ? accounts[0] : accounts[1];
            JsonNode request = get(owner, e.id());
            assertThat(request.path("order_no").asText()).isEqualTo(orderNoByRequestNo.get(e.id()));
            trackingNumbers.addAll(request.path("packages").findValuesAsText("tracking_no"));
        }
        int packagesPerThread = 0;
        for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
            packagesPerThread += 1 + i % 3;
        }
        assertThat(trackingNumbers).hasSize(THREADS * packagesPerThread).doesNotHaveDuplicates();
    }

    @Test
    void concurrent_live_requests_never_spend_the_same_credit_twice() throws Exception {
        SpecCheckedClient live = CnExpressServers.live(server);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<Callable<Void>> clients = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            clients.add(() -> {
                for (int i = 0; i < 10; i++) {
                    HttpResult result = live.post("/requests").json(order(6).toString()).send();   // 20.00 each
                    statuses.merge(result.status(), 1, Integer::sum);
                }
                return null;
            });
        }

        runAtOnce(clients);

        assertThat(statuses).containsEntry(201, 52).containsEntry(400, THREADS * 10 - 52);
        assertThat(live.get("/account").send().json().path("credit").asDouble()).isEqualTo(6.0);
        assertThat(server.admin().entities(Carrier.CNEXPRESS)).hasSize(52);
    }

    private static void runAtOnce(List<Callable<Void>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch ready = new CountDownLatch(1);
            List<Future<Void>> futures = new ArrayList<>();
            for (Callable<Void> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.await();
                    return task.call();
                }));
            }
            ready.countDown();
            for (Future<Void> f : futures) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
