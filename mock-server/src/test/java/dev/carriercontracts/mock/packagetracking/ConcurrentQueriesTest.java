package dev.carriercontracts.mock.packagetracking;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.carrier.EntityView;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.carriercontracts.mock.packagetracking.TrackingServers.API_KEY;
import static dev.carriercontracts.mock.packagetracking.TrackingServers.SECOND_API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads querying overlapping numbers with two keys while the clock moves: every number is registered
 * exactly once per key (all its answers share one first trace), nothing is lost, no id is handed out twice.
 */
class ConcurrentQueriesTest {

    private static final int THREADS = 8;
    private static final int QUERIES_PER_THREAD = 50;
    private static final int NUMBERS = 60;

    @Test
    void concurrent_first_queries_register_each_number_once_per_key_and_lose_nothing() throws Exception {
        try (MockServer server = TrackingServers.started("")) {
            List<SpecCheckedClient> keys = List.of(TrackingServers.client(server, API_KEY), TrackingServers.client(server, SECOND_API_KEY));
            Map<String, Set<String>> firstTraces = new ConcurrentHashMap<>();
            CountDownLatch go = new CountDownLatch(1);
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
            try {
                // the clock moves a second at a time, so a number registered twice would show two first traces
                Future<?> clockMover = pool.submit(() -> {
                    go.await();
                    while (running.get()) {
                        server.clock().advance(Duration.ofSeconds(1));
                        Thread.onSpinWait();
                    }
                    return null;
                });
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    workers.add(pool.submit(() -> {
                        go.await();
                        for (int i = 0; i < QUERIES_PER_THREAD; i++) {
                            int key = (thread + i) % 2;
                            String expNo = "SF" + (1000 + (thread * 7 + i * 13) % NUMBERS);
                            JsonNode traces = TrackingServers.tracked(keys.get(key), "shunfeng", expNo).path("traces");
                            JsonNode oldest = traces.get(traces.size() - 1);
                            firstTraces.computeIfAbsent(key + "/" + expNo, k -> ConcurrentHashMap.newKeySet())
                                    .add(oldest.path("time").asText() + " " + oldest.path("desc").asText());
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> worker : workers) {
                    worker.get(2, TimeUnit.MINUTES);
                }
                running.set(false);
                clockMover.get(10, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }

            assertThat(firstTraces).allSatisfy((shipment, first) -> assertThat(first).as(shipment).hasSize(1));
            List<EntityView> stored = server.admin().entities(TrackingServers.CARRIER);
            Set<String> storedKeys = new HashSet<>();
            stored.forEach(e -> storedKeys.add((e.credentialId().equals("pt-test") ? "0" : "1") + "/" + e.id().substring("shunfeng:".length())));
            assertThat(stored).as("one entity per key and number, no duplicates").hasSize(storedKeys.size());
            assertThat(storedKeys).as("nothing lost, nothing extra").isEqualTo(firstTraces.keySet());
        }
    }
}
