package dev.carriercontracts.mock.trackingmore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.support.HttpResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Remote-area check, transit-time statistics and air-cargo tracking. */
class UtilitiesTest {

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

    @Test
    void the_specs_remote_area_sample_gets_its_documented_answer() {
        HttpResult answer = tm.merchant().post("/trackings/remote")
                .json("[{\"country\": \"Japan\", \"postcode\": \"7621094\"}, {\"country\": \"NZ\", \"postcode\": \"Papaaroha\"}]").send();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("data")).extracting(r -> r.path("country").asText() + "/" + r.path("postcode").asText()
                + "/" + r.path("remote").asBoolean()).containsExactly("Japan/7621094/false", "NZ/Papaaroha/true");
        assertThat(answer.json().path("data").get(0).has("company")).isTrue();
    }

    @Test
    void a_postcode_is_remote_when_its_country_lists_its_prefix_in_any_spelling() {
        JsonNode data = tm.merchant().post("/trackings/remote").json("""
                [{"country": "jp", "postcode": "900-0001", "company": "DHL"},
                 {"country": "United States", "postcode": "99501"},
                 {"country": "US", "postcode": "10001"},
                 {"country": "FR", "postcode": "90000"}]
                """).send().json().path("data");

        assertThat(data).extracting(r -> r.path("remote").asBoolean()).containsExactly(true, true, false, false);
        assertThat(data.get(0).path("company").asText()).isEqualTo("DHL");
    }

    @Test
    void transit_times_come_from_the_carriers_typical_days_and_do_not_change() {
        String query = "[{\"original\": \"CN\", \"destination\": \"US\", \"carrier_code\": \"dhl\"},"
                + " {\"original\": \"CN\", \"destination\": \"RU\", \"carrier_code\": \"china-post\"}]";

        JsonNode first = tm.merchant().post("/trackings/costtime").json(query).send().json().path("data");
        JsonNode second = tm.merchant().post("/trackings/costtime").json(query).send().json().path("data");

        assertThat(first).isEqualTo(second);
        JsonNode dhl = first.get(0);
        assertThat(dhl.path("carrier_code").asText()).isEqualTo("dhl");
        // DHL's 4 typical days: deliveries spread over 2 to 8 days, five sixths within a week
        assertThat(dhl.path("range1").asDouble()).isEqualTo(83.3);
        assertThat(dhl.path("range3").asDouble()).isEqualTo(16.7);
        assertThat(dhl.path("range4").asDouble()).isZero();
        assertThat(dhl.path("delivered").asLong()).isLessThanOrEqualTo(dhl.path("total").asLong()).isPositive();
        JsonNode post = first.get(1);
        // China Post's 18 days: 9 to 36 days, mostly in 16-30
        assertThat(post.path("range1").asDouble()).isZero();
        assertThat(post.path("range4").asDouble()).isGreaterThan(post.path("range3").asDouble());
        assertThat(post.path("range5").asDouble()).isPositive();
        assertThat(post.path("range1").asDouble() + post.path("range3").asDouble() + post.path("range4").asDouble()
                + post.path("range5").asDouble()).isCloseTo(100.0, within(0.001));
    }

    @Test
    void transit_times_of_an_unknown_carrier_code_are_refused_with_4015() {
        HttpResult refused = tm.merchant().post("/trackings/costtime")
                .json("[{\"original\": \"CN\", \"destination\": \"US\", \"carrier_code\": \"no-such-carrier\"}]").send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("meta").path("code").asInt()).isEqualTo(4015);
    }

    @Test
    void a_known_air_waybill_is_answered_from_the_table_once_per_number() {
        HttpResult answer = tm.merchant().post("/trackings/aircargo")
                .json("{\"track_number\": [\"172-28891936\", \"172-28891936\"], \"lang\": \"en\"}").send();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("data")).hasSize(1);
        JsonNode waybill = answer.json().path("data").get(0);
        assertThat(waybill.path("track_number").asText()).isEqualTo("172-28891936");
        assertThat(waybill.path("origin").asText()).isEqualTo("HKG");
        assertThat(waybill.path("destination").asText()).isEqualTo("LUX");
        assertThat(waybill.path("track_info")).extracting(e -> e.path("event").asText())
                .containsExactly("Arrived", "Departed", "Received from shipper");
    }

    @Test
    void a_valid_air_waybill_the_table_does_not_hold_has_no_events() {
        JsonNode waybill = tm.merchant().post("/trackings/aircargo").json("{\"track_number\": [\"17228891940\"]}").send()
                .json().path("data").get(0);

        assertThat(waybill.path("track_number").asText()).isEqualTo("172-28891940");
        assertThat(waybill.path("track_info")).isEmpty();
    }

    @Test
    void an_air_waybill_number_with_a_wrong_check_digit_is_refused_with_4014() {
        HttpResult refused = tm.merchant().post("/trackings/aircargo").json("{\"track_number\": [\"172-28891930\"]}").send();
        HttpResult empty = tm.merchant().post("/trackings/aircargo").json("{\"track_number\": []}").expectInvalidRequest().send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("meta").path("code").asInt()).isEqualTo(4014);
        assertThat(empty.json().path("meta").path("code").asInt()).isEqualTo(4012);
    }
}
