package dev.carriercontracts.mock.trackingmore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.support.HttpResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tracking's status moves with the clock (default delays: 10 min to transit, 30 more to pickup,
 * 20 more to delivered) and its checkpoints grow with it; magic number prefixes end it otherwise.
 */
class TrackingLifecycleTest {

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

    private static JsonNode tracking(String carrierCode, String number) {
        return tm.get(carrierCode, number).json().path("data");
    }

    @Test
    void a_tracking_moves_pending_transit_pickup_delivered_as_the_clock_runs() {
        tm.create("singapore-post", "RP893531375SG");

        assertThat(tm.status("singapore-post", "RP893531375SG")).isEqualTo("pending");
        tm.advance(Duration.ofMinutes(9));
        assertThat(tm.status("singapore-post", "RP893531375SG")).isEqualTo("pending");
        tm.advance(Duration.ofMinutes(1));
        assertThat(tm.status("singapore-post", "RP893531375SG")).isEqualTo("transit");
        tm.advance(Duration.ofMinutes(30));
        assertThat(tm.status("singapore-post", "RP893531375SG")).isEqualTo("pickup");
        tm.advance(Duration.ofMinutes(19));
        assertThat(tm.status("singapore-post", "RP893531375SG")).isEqualTo("pickup");
        tm.advance(Duration.ofMinutes(1));
        assertThat(tm.status("singapore-post", "RP893531375SG")).isEqualTo("delivered");
        tm.advance(Duration.ofDays(30));
        assertThat(tm.status("singapore-post", "RP893531375SG")).isEqualTo("delivered");
    }

    @Test
    void checkpoints_grow_with_the_statuses_newest_first() {
        tm.create("singapore-post", "RP893531375SG");

        assertThat(tracking("singapore-post", "RP893531375SG").path("origin_info").path("trackinfo")).isEmpty();
        tm.advance(Duration.ofMinutes(10));
        JsonNode transit = tracking("singapore-post", "RP893531375SG");
        assertThat(transit.path("origin_info").path("trackinfo")).extracting(c -> c.path("checkpoint_status").asText()).containsExactly("transit");
        assertThat(transit.path("origin_info").path("ItemReceived").asText()).isEqualTo("2026-01-01 00:10:00");
        assertThat(transit.path("substatus").asText()).isEqualTo("transit001");
        assertThat(transit.path("lastEvent").asText()).isEqualTo("Shipment accepted by Singapore Post,SINGAPORE,2026-01-01 00:10:00");

        tm.advance(Duration.ofMinutes(50));
        JsonNode delivered = tracking("singapore-post", "RP893531375SG");
        assertThat(delivered.path("origin_info").path("trackinfo")).extracting(c -> c.path("checkpoint_status").asText())
                .containsExactly("delivered", "pickup", "transit");
        assertThat(delivered.path("origin_info").path("trackinfo").get(0).path("Date").asText()).isEqualTo("2026-01-01 01:00:00");
        assertThat(delivered.path("lastUpdateTime").asText()).isEqualTo("2026-01-01 01:00:00");
        assertThat(delivered.path("updated_at").asText()).isEqualTo("2026-01-01T01:00:00+00:00");
        assertThat(delivered.path("substatus").asText()).isEqualTo("delivered001");
        assertThat(delivered.path("track_update").asBoolean()).isFalse();
    }

    @ParameterizedTest(name = "{0} ends {1}")
    @CsvSource({
            "NOTFOUND0001, notfound, PT10M",
            "EXCEPTION0001, exception, PT40M",
            "UNDELIVERED0001, undelivered, PT60M",
            "EXPIRED0001, expired, PT2H10M",
            "exception0002, exception, PT40M"})
    void a_magic_prefix_ends_the_tracking_in_its_status_and_it_stays_there(String number, String ending, Duration after) {
        tm.create("china-ems", number);

        tm.advance(after.minusSeconds(1));
        assertThat(tm.status("china-ems", number)).isNotEqualTo(ending);
        tm.advance(Duration.ofSeconds(1));
        assertThat(tm.status("china-ems", number)).isEqualTo(ending);
        tm.advance(Duration.ofDays(10));
        assertThat(tm.status("china-ems", number)).isEqualTo(ending);
    }

    @Test
    void an_undelivered_tracking_passes_through_transit_and_pickup_with_a_failed_attempt_last() {
        tm.create("china-ems", "UNDELIVERED0001");
        tm.advance(Duration.ofHours(1));

        JsonNode t = tracking("china-ems", "UNDELIVERED0001");
        assertThat(t.path("origin_info").path("trackinfo")).extracting(c -> c.path("checkpoint_status").asText())
                .containsExactly("undelivered", "pickup", "transit");
        assertThat(t.path("substatus").asText()).isEqualTo("undelivered001");
    }

    @Test
    void a_notfound_tracking_has_no_checkpoint() {
        tm.create("china-ems", "NOTFOUND0001");
        tm.advance(Duration.ofHours(1));

        JsonNode t = tracking("china-ems", "NOTFOUND0001");
        assertThat(t.path("status").asText()).isEqualTo("notfound");
        assertThat(t.path("origin_info").path("trackinfo")).isEmpty();
        assertThat(t.has("lastEvent")).isFalse();
    }

    @Test
    void a_real_time_query_creates_an_unknown_tracking_already_in_transit_with_its_first_checkpoint() {
        HttpResult answer = tm.merchant().post("/trackings/realtime")
                .json("{\"tracking_number\": \"LB181539674SG\", \"carrier_code\": \"cainiao\", \"destination_code\": \"US\", \"lang\": \"en\"}")
                .send();

        assertThat(answer.status()).isEqualTo(200);
        JsonNode item = answer.json().path("data").path("items").get(0);
        assertThat(item.path("status").asText()).isEqualTo("transit");
        assertThat(item.path("destination_country").asText()).isEqualTo("United States");
        assertThat(item.path("origin_info").path("trackinfo")).hasSize(1);
        assertThat(tm.status("cainiao", "LB181539674SG")).isEqualTo("transit");
    }

    @Test
    void a_real_time_query_of_a_known_tracking_queries_a_pending_one_at_once_and_returns_a_moving_one_as_it_is() {
        tm.create("cainiao", "LB181539674SG");
        tm.advance(Duration.ofMinutes(2));
        String realtime = "{\"tracking_number\": \"LB181539674SG\", \"carrier_code\": \"cainiao\"}";

        JsonNode queried = tm.merchant().post("/trackings/realtime").json(realtime).send().json().path("data").path("items").get(0);
        assertThat(queried.path("status").asText()).isEqualTo("transit");
        assertThat(queried.path("origin_info").path("ItemReceived").asText()).isEqualTo("2026-01-01 00:02:00");

        tm.advance(Duration.ofMinutes(30));
        JsonNode later = tm.merchant().post("/trackings/realtime").json(realtime).send().json().path("data").path("items").get(0);
        assertThat(later.path("status").asText()).isEqualTo("pickup");
    }

    @Test
    void a_real_time_query_of_a_notfound_number_finds_nothing_at_once() {
        JsonNode item = tm.merchant().post("/trackings/realtime").json("{\"tracking_number\": \"NOTFOUND77\", \"carrier_code\": \"cainiao\"}")
                .send().json().path("data").path("items").get(0);

        assertThat(item.path("status").asText()).isEqualTo("notfound");
    }

    @Test
    void a_real_time_query_is_refused_with_4018_when_not_activated_for_the_key() {
        HttpResult refused = tm.client(TrackingMoreServer.NO_REALTIME_KEY).post("/trackings/realtime")
                .json("{\"tracking_number\": \"LB181539674SG\", \"carrier_code\": \"cainiao\"}").send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("meta").path("code").asInt()).isEqualTo(4018);
    }

    @Test
    void status_4_marks_a_moving_tracking_delivered_and_status_8_gives_back_the_derived_status() {
        tm.create("usps", "9400100000000000000000");
        tm.advance(Duration.ofMinutes(15));

        HttpResult marked = tm.merchant().put("/trackings/usps/9400100000000000000000").json("{\"status\": 4}").send();
        assertThat(marked.json().path("data").path("status").asText()).isEqualTo("delivered");
        assertThat(marked.json().path("data").path("track_update").asBoolean()).isFalse();
        tm.advance(Duration.ofMinutes(30));
        assertThat(tm.status("usps", "9400100000000000000000")).isEqualTo("delivered");

        HttpResult restored = tm.merchant().put("/trackings/usps/9400100000000000000000").json("{\"status\": 8}").send();
        assertThat(restored.json().path("data").path("status").asText()).isEqualTo("pickup");
    }

    @Test
    void status_7_marks_exception_and_a_final_tracking_cannot_take_another_mark() {
        tm.create("usps", "9400100000000000000001");
        tm.merchant().put("/trackings/usps/9400100000000000000001").json("{\"status\": 7}").send();
        assertThat(tm.status("usps", "9400100000000000000001")).isEqualTo("exception");

        HttpResult refused = tm.merchant().put("/trackings/usps/9400100000000000000001").json("{\"status\": 4}").send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("meta").path("code").asInt()).isEqualTo(4033);
        assertThat(tm.status("usps", "9400100000000000000001")).isEqualTo("exception");
        assertThat(tm.merchant().put("/trackings/usps/9400100000000000000001").json("{\"status\": 7}").send().status()).isEqualTo(200);
    }

    @Test
    void a_status_other_than_4_7_or_8_is_refused_with_4033() {
        tm.create("usps", "9400100000000000000002");

        HttpResult refused = tm.merchant().put("/trackings/usps/9400100000000000000002").json("{\"status\": 5}").expectInvalidRequest().send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("meta").path("code").asInt()).isEqualTo(4033);
    }

    @Test
    void a_tracking_marked_not_updated_keeps_what_it_shows() {
        tm.create("singapore-post", "RP893531375SG");
        tm.advance(Duration.ofMinutes(10));

        HttpResult stopped = tm.merchant().post("/trackings/notupdate")
                .json("[{\"tracking_number\": \"RP893531375SG\", \"carrier_code\": \"singapore-post\"}]").send();
        tm.advance(Duration.ofDays(2));

        assertThat(stopped.json().path("data").path("change").asInt()).isEqualTo(1);
        JsonNode t = tracking("singapore-post", "RP893531375SG");
        assertThat(t.path("status").asText()).isEqualTo("transit");
        assertThat(t.path("track_update").asBoolean()).isFalse();
        assertThat(t.path("stayTimeLength").asInt()).isEqualTo(2);
    }
}
