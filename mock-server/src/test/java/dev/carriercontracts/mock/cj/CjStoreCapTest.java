package dev.carriercontracts.mock.cj;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.carrier.EntityView;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.carriercontracts.mock.cj.CjTestServer.data;
import static org.assertj.core.api.Assertions.assertThat;

/** The store keeps at most server.stores.maxEntitiesPerCarrier parcels: the oldest finished go first. */
class CjStoreCapTest {

    static MockServer server;
    static SpecCheckedClient cj;

    @BeforeAll
    static void start() {
        server = CjTestServer.start("server: {stores: {maxEntitiesPerCarrier: 3}}");
        cj = CjTestServer.client(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        CjTestServer.reset(server);
    }

    private static void track(String number) {
        data(cj.get("/logistic/trackInfo").query("trackNumber", number).send());
    }

    private static Iterable<String> stored() {
        return server.admin().entities(Carrier.CJ).stream().map(EntityView::id).toList();
    }

    @Test
    void the_oldest_finished_parcel_is_dropped_and_the_newest_kept() {
        track("CJPKP1000000001");
        server.admin().forceState(Carrier.CJ, "parcel", "CJPKP1000000001", "Exception"); // never finishes
        track("CJPKP1000000002");
        track("CJPKP1000000003");
        server.clock().advance(Duration.ofMinutes(1)); // 2 and 3 delivered, 1 stuck in Exception
        track("CJPKP1000000004");

        assertThat(stored()).containsExactly("CJPKP1000000001", "CJPKP1000000003", "CJPKP1000000004");
    }

    @Test
    void when_nothing_has_finished_the_oldest_parcel_is_dropped() {
        track("CJPKP2000000001");
        track("CJPKP2000000002");
        track("CJPKP2000000003");
        track("CJPKP2000000004");

        assertThat(stored()).containsExactly("CJPKP2000000002", "CJPKP2000000003", "CJPKP2000000004");
    }

    @Test
    void a_dropped_number_is_tracked_afresh_when_asked_again() {
        for (int i = 1; i <= 4; i++) {
            track("CJPKP300000000" + i);
        }
        server.clock().advance(Duration.ofMinutes(1));
        track("CJPKP3000000001");

        assertThat(stored()).containsExactly("CJPKP3000000003", "CJPKP3000000004", "CJPKP3000000001");
        assertThat(server.admin().entities(Carrier.CJ).get(2).state()).as("shipped again, now").isEqualTo("Pending");
    }
}
