package dev.carriercontracts.mock.trackingmore;

import dev.carriercontracts.mock.support.HttpResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Many clients at once: nothing is lost, no id is handed out twice, a key is created once. */
class ConcurrencyTest {

    static final int THREADS = 8;
    static final int PER_THREAD = 40;

    static TrackingMoreServer tm;

    @BeforeAll
    static void start() {
        tm = TrackingMoreServer.start();
    }

    @AfterAll
    static void stop() {
        tm.close();
    }

    @BeforeEach
    void reset() {
        tm.reset();
    }

    private static <T> List<T> allAtOnce(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrent_creates_and_reads_lose_nothing_and_never_share_an_id() throws Exception {
        List<Callable<List<String>>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            tasks.add(() -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < PER_THREAD; i++) {
                    String number = "T" + thread + "N" + i;
                    HttpResult created = tm.create("dhl", number);
                    assertThat(created.status()).isEqualTo(201);
                    ids.add(created.json().path("data").path("id").asText());
                    assertThat(tm.get("dhl", number).json().path("data").path("id").asText()).isEqualTo(ids.get(i));
                    if (i % 10 == 0) {
                        assertThat(tm.merchant().get("/trackings/get").query("limit", "5").send().status()).isEqualTo(200);
                    }
                }
                return ids;
            });
        }

        List<List<String>> results = allAtOnce(tasks);

        Set<String> ids = new HashSet<>();
        results.forEach(ids::addAll);
        assertThat(ids).hasSize(THREADS * PER_THREAD);
        assertThat(tm.merchant().get("/trackings/get").query("limit", "2000").send().json().path("data").path("total").asText())
                .isEqualTo(Integer.toString(THREADS * PER_THREAD));
        assertThat(tm.merchant().get("/trackings/getuserinfo").send().json().path("data").path("track_number").asLong())
                .isEqualTo(9999 - THREADS * PER_THREAD);
    }

    @Test
    void the_same_key_created_by_many_clients_at_once_is_created_once() throws Exception {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS * 4; t++) {
            tasks.add(() -> tm.create("dhl", "SAME1").status());
        }

        List<Integer> statuses = allAtOnce(tasks);

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 400).hasSize(THREADS * 4 - 1);
        assertThat(tm.merchant().get("/trackings/getuserinfo").send().json().path("data").path("track_number").asLong()).isEqualTo(9998);
    }
}
