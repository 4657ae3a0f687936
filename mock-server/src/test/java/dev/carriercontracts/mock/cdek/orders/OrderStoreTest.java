package dev.carriercontracts.mock.cdek.orders;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The store's cap: what goes first, and that going over it costs a bounded amount of work. */
class OrderStoreTest {

    private static Order order(OrderStore store) {
        OrderStore.Identity id = store.newIdentity();
        return new Order(id.sequence(), id.uuid(), id.requestUuid(), "alice", Instant.EPOCH, null, List.of(), null,
                id.cdekNumber(), List.of(), List.of());
    }

    @Test
    void with_every_order_unfinished_going_over_the_cap_looks_at_a_bounded_number_and_drops_a_batch() {
        OrderStore store = new OrderStore(1_000);
        Predicate<Order> never = o -> false;
        for (int i = 0; i < 1_000; i++) {
            store.add(order(store), never);
        }
        AtomicInteger looked = new AtomicInteger();

        store.add(order(store), o -> {
            looked.incrementAndGet();
            return false;
        });

        assertThat(looked.get()).isEqualTo(OrderStore.UNFINISHED_LOOKED_AT);
        assertThat(store.size()).as("a batch of 1 %% of the cap goes at once").isEqualTo(1_001 - 10);
    }

    @Test
    void finished_orders_go_before_older_unfinished_ones() {
        OrderStore store = new OrderStore(100);
        List<Order> orders = new java.util.ArrayList<>();
        for (int i = 0; i < 101; i++) {
            orders.add(order(store));
        }
        Order finishedLate = orders.get(50);
        Predicate<Order> finished = o -> o == finishedLate;
        orders.forEach(o -> store.add(o, finished));

        assertThat(store.size()).isEqualTo(100);
        assertThat(store.find("alice", finishedLate.uuid())).as("the finished one went").isEmpty();
        assertThat(store.find("alice", orders.get(0).uuid())).as("the oldest, unfinished, stayed").isPresent();
    }
}
