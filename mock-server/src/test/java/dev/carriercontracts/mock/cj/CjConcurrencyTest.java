package dev.carriercontracts.mock.cj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.carrier.EntityView;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

import static dev.carriercontracts.mock.cj.CjTestServer.data;
import static org.assertj.core.api.Assertions.assertThat;

/** Many clients of two accounts tracking and quoting at once: nothing lost, every number owned exactly once. */
class CjConcurrencyTest {

    static final int THREADS = 16;
    static final int NUMBERS_PER_THREAD = 25;
    static final int SHARED_NUMBERS = 20;

    static MockServer server;

    @BeforeAll
    static void start() {
        server = CjTestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void concurrent_tracking_loses_nothing_and_gives_each_number_one_owner() throws Exception {
        SpecCheckedClient first = CjTestServer.client(server);
        SpecCheckedClient second = CjTestServer.second(server);
        Map<String, String> seenBy = new ConcurrentHashMap<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                SpecCheckedClient client = t % 2 == 0 ? first : second;
                String account = t % 2 == 0 ? "cj-test" : "cj-second";
                done.add(pool.submit((Callable<Integer>) () -> {
                    go.await();
                    int answered = 0;
                    for (int i = 0; i < NUMBERS_PER_THREAD; i++) {
                        // a number of its own, a number every thread races for, and a freight quote in between
                        String own = "CJPKP" + (1000 + thread) + "0" + (1000 + i);
                        String shared = "CJPKO5550" + (1000 + i % SHARED_NUMBERS);
                        JsonNode data = data(client.get("/logistic/trackInfo").query("trackNumber", own, shared).send());
                        for (JsonNode parcel : data) {
                            String previous = seenBy.putIfAbsent(parcel.path("trackingNumber").asText(), account);
                            assertThat(previous == null || previous.equals(account)).as("one owner for " + parcel).isTrue();
                        }
                        assertThat(data).extracting(p -> p.path("trackingNumber").asText()).contains(own);
                        answered += data.size();
                        data(client.post("/logistic/freightCalculate").json("""
                                {"startCountryCode": "CN", "endCountryCode": "US", "products": [{"vid": "V%d", "quantity": 1}]}
                                """.formatted(i)).send());
                    }
                    return answered;
                }));
            }
            go.countDown();
            for (Future<Integer> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<EntityView> parcels = server.admin().entities(Carrier.CJ);
        int expected = THREADS * NUMBERS_PER_THREAD + SHARED_NUMBERS;
        assertThat(parcels).hasSize(expected);
        assertThat(parcels).extracting(EntityView::id).doesNotHaveDuplicates();
        assertThat(seenBy).hasSize(expected);
        for (EntityView parcel : parcels) {
            assertThat(parcel.credentialId()).as(parcel.id()).isEqualTo(seenBy.get(parcel.id()));
        }
    }
}
