package dev.carriercontracts.mock.trackingmore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.support.HttpResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin API forces a tracking into a status by its id; the clock moves it on from there. */
class ForcedStateTest {

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

    private static HttpResult force(String id, String state) {
        return tm.admin().post("/trackingmore/tracking/" + id + "/state").json("{\"state\": \"" + state + "\"}").send();
    }

    private static String createdId(String carrierCode, String number) {
        return tm.create(carrierCode, number).json().path("data").path("id").asText();
    }

    @Test
    void a_forced_status_is_shown_at_once_and_the_clock_goes_on_from_it() {
        String id = createdId("dhl", "1234567890");
        tm.advance(Duration.ofMinutes(1));

        HttpResult forced = force(id, "pickup");

        assertThat(forced.status()).isEqualTo(200);
        assertThat(forced.json().path("state").asText()).isEqualTo("pickup");
        assertThat(tm.status("dhl", "1234567890")).isEqualTo("pickup");
        tm.advance(Duration.ofMinutes(20));
        assertThat(tm.status("dhl", "1234567890")).isEqualTo("delivered");
    }

    @Test
    void the_entity_listing_shows_each_tracking_with_its_timeline() {
        String id = createdId("dhl", "1234567890");
        tm.advance(Duration.ofMinutes(40));

        JsonNode entities = tm.admin().get("/trackingmore/entities").send().json().path("entities");

        assertThat(entities).hasSize(1);
        JsonNode entity = entities.get(0);
        assertThat(entity.path("kind").asText()).isEqualTo("tracking");
        assertThat(entity.path("id").asText()).isEqualTo(id);
        assertThat(entity.path("credentialId").asText()).isEqualTo("merchant");
        assertThat(entity.path("state").asText()).isEqualTo("pickup");
        assertThat(entity.path("timeline")).extracting(s -> s.path("state").asText() + "@" + s.path("at").asText())
                .containsExactly("pending@2026-01-01T00:00:00Z", "transit@2026-01-01T00:10:00Z", "pickup@2026-01-01T00:40:00Z");
    }

    @Test
    void a_final_tracking_cannot_be_forced_elsewhere() {
        String id = createdId("dhl", "1234567890");
        force(id, "delivered");

        HttpResult refused = force(id, "transit");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(tm.status("dhl", "1234567890")).isEqualTo("delivered");
    }

    @Test
    void unknown_states_ids_and_kinds_are_refused() {
        String id = createdId("dhl", "1234567890");

        assertThat(force(id, "lost").status()).isEqualTo(400);
        assertThat(force("0000000000000000ffffffffffffffff", "transit").status()).isEqualTo(404);
        assertThat(tm.admin().post("/trackingmore/parcel/" + id + "/state").json("{\"state\": \"transit\"}").send().status()).isEqualTo(404);
    }

    @Test
    void forcing_the_status_a_tracking_has_changes_nothing() {
        String id = createdId("dhl", "1234567890");
        tm.advance(Duration.ofMinutes(5));

        HttpResult same = force(id, "pending");

        assertThat(same.status()).isEqualTo(200);
        assertThat(same.json().path("timeline")).hasSize(1);
        tm.advance(Duration.ofMinutes(5));
        assertThat(tm.status("dhl", "1234567890")).isEqualTo("transit");
    }
}
