package dev.carriercontracts.mock.cnexpress;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.carrier.EntityView;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.carriercontracts.mock.cnexpress.CnExpressServers.PROCESSED;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.createNo;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.order;
import static dev.carriercontracts.mock.cnexpress.CnExpressServers.orderOfPackages;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store keeps at most {@code server.stores.maxEntitiesPerCarrier} packages (10 here): over it, the oldest
 * finished requests go first; the newest are kept.
 */
class StoreCapTest {

    static MockServer server;
    static SpecCheckedClient me;

    @BeforeAll
    static void start() {
        server = CnExpressServers.startedWith("server:\n  stores: {maxEntitiesPerCarrier: 10}\n");
        me = CnExpressServers.me(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        CnExpressServers.reset(server);
    }

    private static List<String> stored() {
        return server.admin().entities(Carrier.CNEXPRESS).stream().map(EntityView::id).toList();
    }

    private static List<String> create(int requests) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            numbers.add(createNo(me, order(6)));
        }
        return numbers;
    }

    @Test
    void over_the_cap_the_oldest_finished_request_is_dropped_and_the_newest_kept() {
        List<String> old = create(10);
        server.clock().advance(PROCESSED);

        String newest = createNo(me, order(6));

        assertThat(stored()).hasSize(10).doesNotContain(old.get(0)).contains(old.get(1), old.get(9), newest);
        assertThat(me.get("/requests/" + old.get(0)).send().status()).isEqualTo(404);
        assertThat(me.get("/requests/" + newest).send().status()).isEqualTo(200);
    }

    @Test
    void finished_requests_go_before_older_unfinished_ones() {
        List<String> pending = create(10);
        server.admin().forceState(Carrier.CNEXPRESS, "request", pending.get(4), "Failed");
        server.admin().forceState(Carrier.CNEXPRESS, "request", pending.get(7), "Succeeded");

        createNo(me, order(6));
        createNo(me, order(6));

        assertThat(stored()).hasSize(10).contains(pending.get(0), pending.get(1)).doesNotContain(pending.get(4), pending.get(7));
    }

    @Test
    void when_nothing_is_finished_the_oldest_go() {
        List<String> pending = create(10);

        String newest = createNo(me, order(6));

        assertThat(stored()).hasSize(10).doesNotContain(pending.get(0)).contains(newest);
    }

    @Test
    void the_cap_counts_packages() {
        List<String> old = create(4);
        server.clock().advance(PROCESSED);

        String big = createNo(me, orderOfPackages(8));

        assertThat(stored()).containsExactly(old.get(2), old.get(3), big);
    }

    @Test
    void a_request_larger_than_the_cap_is_kept_alone() {
        create(3);
        server.clock().advance(PROCESSED);

        String huge = createNo(me, orderOfPackages(12));

        assertThat(stored()).containsExactly(huge);
        assertThat(me.get("/requests/" + huge).send().status()).isEqualTo(200);
    }
}
