package dev.carriercontracts.mock.packagetracking;

import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.carrier.EntityView;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.carriercontracts.mock.packagetracking.TrackingServers.API_KEY;
import static dev.carriercontracts.mock.packagetracking.TrackingServers.START;
import static dev.carriercontracts.mock.packagetracking.TrackingServers.tracked;
import static org.assertj.core.api.Assertions.assertThat;

/** With {@code server.stores.maxEntitiesPerCarrier: 3}: the oldest settled shipments go first, then the oldest of the rest. */
class StoreCapTest {

    static MockServer server;
    static SpecCheckedClient client;

    @BeforeAll
    static void start() {
        server = TrackingServers.started("server:\n  stores:\n    maxEntitiesPerCarrier: 3\n");
        client = TrackingServers.client(server, API_KEY);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.admin().resetAll();
        server.clock().freezeAt(START);
    }

    private static List<String> stored() {
        return server.admin().entities(TrackingServers.CARRIER).stream().map(EntityView::id).map(id -> id.substring("shunfeng:".length())).toList();
    }

    @Test
    void past_the_cap_the_oldest_delivered_shipments_are_dropped_first_then_the_oldest_unfinished() {
        tracked(client, "shunfeng", "A");
        tracked(client, "shunfeng", "B");
        server.clock().advance(Duration.ofMinutes(1)); // A and B delivered
        tracked(client, "shunfeng", "C");
        assertThat(stored()).containsExactly("A", "B", "C");

        tracked(client, "shunfeng", "D");
        assertThat(stored()).containsExactly("B", "C", "D");
        tracked(client, "shunfeng", "E");
        assertThat(stored()).containsExactly("C", "D", "E");
        tracked(client, "shunfeng", "F"); // none settled: the oldest goes
        assertThat(stored()).containsExactly("D", "E", "F");
    }

    @Test
    void a_settled_shipment_goes_before_an_older_unfinished_one() {
        tracked(client, "shunfeng", "OLD");
        tracked(client, "shunfeng", "NEW");
        server.admin().forceState(TrackingServers.CARRIER, "shipment", "shunfeng:NEW", "Delivered");
        tracked(client, "shunfeng", "THIRD");

        tracked(client, "shunfeng", "FOURTH");

        assertThat(stored()).containsExactly("OLD", "THIRD", "FOURTH");
    }

    @Test
    void a_dropped_number_is_known_again_from_its_next_query_on() {
        tracked(client, "shunfeng", "A");
        server.clock().advance(Duration.ofMinutes(1));
        tracked(client, "shunfeng", "B");
        tracked(client, "shunfeng", "C");
        tracked(client, "shunfeng", "D"); // drops A, delivered
        server.clock().advance(Duration.ofSeconds(1));

        var again = tracked(client, "shunfeng", "A");

        assertThat(again.path("status").asText()).isEqualTo("已揽收");
        assertThat(again.path("traces")).hasSize(1);
        assertThat(stored()).hasSize(3).contains("A");
    }
}
