package dev.carriercontracts.mock.trackingmore;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** With a cap of 3 trackings: past it, the oldest finished trackings go first, then the oldest; the newest stays. */
class StoreCapTest {

    static TrackingMoreServer tm;

    @BeforeAll
    static void start() {
        tm = TrackingMoreServer.start("server: {stores: {maxEntitiesPerCarrier: 3}}\n");
    }

    @AfterAll
    static void stop() {
        tm.close();
    }

    @BeforeEach
    void reset() {
        tm.reset();
    }

    @Test
    void the_oldest_finished_tracking_is_dropped_before_older_unfinished_ones() {
        tm.create("dhl", "A1");
        tm.create("dhl", "A2");
        tm.merchant().put("/trackings/dhl/A2").json("{\"status\": 4}").send();
        tm.create("dhl", "A3");

        tm.create("dhl", "A4");

        assertThat(tm.get("dhl", "A2").status()).isEqualTo(404);
        assertThat(tm.get("dhl", "A1").status()).isEqualTo(200);
        assertThat(tm.get("dhl", "A3").status()).isEqualTo(200);
        assertThat(tm.get("dhl", "A4").status()).isEqualTo(200);
    }

    @Test
    void trackings_finished_by_the_clock_are_dropped_oldest_first() {
        tm.create("dhl", "A1");
        tm.create("dhl", "A2");
        tm.advance(Duration.ofHours(2));
        tm.create("dhl", "A3");

        tm.create("dhl", "A4");
        tm.create("dhl", "A5");

        assertThat(tm.merchant().get("/trackings/get").send().json().path("data").path("items").findValuesAsText("tracking_number"))
                .containsExactly("A5", "A4", "A3");
    }

    @Test
    void when_none_is_finished_the_oldest_goes_and_the_newest_stays() {
        tm.create("dhl", "A1");
        tm.create("dhl", "A2");
        tm.create("dhl", "A3");

        tm.create("dhl", "A4");

        assertThat(tm.get("dhl", "A1").status()).isEqualTo(404);
        assertThat(tm.get("dhl", "A4").status()).isEqualTo(200);
        assertThat(tm.server().admin().entities(dev.carriercontracts.mock.Carrier.TRACKINGMORE)).hasSize(3);
    }

    @Test
    void the_cap_counts_every_account() {
        tm.create("dhl", "A1");
        tm.create("dhl", "A2");
        TrackingMoreServer.create(tm.second(), "dhl", "B1");

        TrackingMoreServer.create(tm.second(), "dhl", "B2");

        assertThat(tm.get("dhl", "A1").status()).isEqualTo(404);
        assertThat(tm.second().get("/trackings/dhl/B2").send().status()).isEqualTo(200);
    }
}
