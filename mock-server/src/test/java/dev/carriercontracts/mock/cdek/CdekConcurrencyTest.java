package dev.carriercontracts.mock.cdek;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static dev.carriercontracts.mock.cdek.CdekServer.order;
import static org.assertj.core.api.Assertions.assertThat;

/** Many clients registering and reading at once: no order is lost, no uuid or CDEK number is handed out twice. */
class CdekConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ORDERS_PER_THREAD = 25;

    @Test
    void concurrent_registrations_and_reads_lose_nothing_and_never_share_an_id() throws Exception {
        try (CdekServer cdek = CdekServer.start()) {
            List<SpecCheckedClient> clients = List.of(cdek.client(), cdek.otherClient());
            ConcurrentLinkedQueue<String[]> registered = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Void>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                work.add(CompletableFuture.runAsync(() -> {
                    await(go);
                    SpecCheckedClient client = clients.get(thread % 2);
                    for (int i = 0; i < ORDERS_PER_THREAD; i++) {
                        String number = "T" + thread + "-" + i;
                        HttpResult created = client.post("/orders").json(Orders.withNumber(number)).send();
                        assertThat(created.status()).isEqualTo(202);
                        String uuid = created.json().path("entity").path("uuid").asText();
                        // read back at once, while the others keep writing
                        assertThat(order(client, uuid).path("entity").path("number").asText()).isEqualTo(number);
                        registered.add(new String[] {Integer.toString(thread % 2), uuid, number});
                    }
                }, pool));
            }
            go.countDown();
            CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
            pool.shutdown();

            assertThat(registered).hasSize(THREADS * ORDERS_PER_THREAD);
            cdek.advance(CdekServer.PROCESSING);
            Set<String> uuids = new HashSet<>();
            Set<String> cdekNumbers = new HashSet<>();
            for (String[] r : registered) {
                JsonNode entity = order(clients.get(Integer.parseInt(r[0])), r[1]).path("entity");
                assertThat(entity.path("number").asText()).isEqualTo(r[2]);
                uuids.add(r[1]);
                cdekNumbers.add(entity.path("cdek_number").asText());
            }
            assertThat(uuids).hasSize(THREADS * ORDERS_PER_THREAD);
            assertThat(cdekNumbers).hasSize(THREADS * ORDERS_PER_THREAD).doesNotContain("");
            assertThat(cdek.entities()).hasSize(2 * THREADS * ORDERS_PER_THREAD);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
