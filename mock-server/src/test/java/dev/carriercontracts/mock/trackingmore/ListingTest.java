package dev.carriercontracts.mock.trackingmore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.support.HttpResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The tracking list (pages, filters, newest first) and the counts per status. */
class ListingTest {

    static TrackingMoreServer tm;
    static final long START = TrackingMoreServer.START.getEpochSecond();

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

    private static JsonNode list(String... query) {
        var call = tm.merchant().get("/trackings/get");
        for (int i = 0; i < query.length; i += 2) {
            call.query(query[i], query[i + 1]);
        }
        HttpResult answer = call.send();
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().path("data");
    }

    private static void createWithOrder(String number, String orderId, String orderTime) {
        tm.merchant().post("/trackings/post").json("{\"tracking_number\": \"" + number + "\", \"carrier_code\": \"dhl\", \"order_id\": \""
                + orderId + "\", \"order_create_time\": \"" + orderTime + "\"}").send();
    }

    private static Iterable<String> numbers(JsonNode page) {
        return page.path("items").findValuesAsText("tracking_number");
    }

    @Test
    void trackings_are_listed_newest_first_by_page_with_the_total_as_a_string() {
        for (int i = 1; i <= 5; i++) {
            tm.create("dhl", "N" + i);
            tm.advance(Duration.ofSeconds(1));
        }

        JsonNode first = list("page", "1", "limit", "2");
        JsonNode third = list("page", "3", "limit", "2");
        JsonNode beyond = list("page", "4", "limit", "2");

        assertThat(first.path("total").asText()).isEqualTo("5");
        assertThat(first.path("page").asInt()).isEqualTo(1);
        assertThat(first.path("limit").asInt()).isEqualTo(2);
        assertThat(numbers(first)).containsExactly("N5", "N4");
        assertThat(numbers(third)).containsExactly("N1");
        assertThat(beyond.path("items")).isEmpty();
        assertThat(list().path("limit").asInt()).isEqualTo(100);
    }

    @Test
    void the_list_filters_by_status_numbers_orders_and_archive_flag() {
        createWithOrder("A1", "O1", "2017/8/27 16:51");
        tm.advance(Duration.ofMinutes(10));
        createWithOrder("A2", "O2", "2017/8/28 10:00");
        createWithOrder("A3", "O3", "2017-08-29 10:00");
        tm.merchant().put("/trackings/dhl/A3").json("{\"archived\": \"true\"}").send();

        assertThat(numbers(list("status", "transit"))).containsExactly("A1");
        assertThat(numbers(list("status", "pending"))).containsExactlyInAnyOrder("A2", "A3");
        assertThat(numbers(list("numbers", "A1,A3"))).containsExactlyInAnyOrder("A1", "A3");
        assertThat(numbers(list("orders", "O2"))).containsExactly("A2");
        assertThat(numbers(list("archived", "true"))).containsExactly("A3");
        assertThat(numbers(list("archived", "false"))).containsExactlyInAnyOrder("A1", "A2");
    }

    @Test
    void the_list_filters_by_creation_update_and_order_times() {
        createWithOrder("A1", "O1", "2017/8/27 16:51");
        tm.advance(Duration.ofMinutes(10));
        createWithOrder("A2", "O2", "1503964800");
        long tenMinutes = START + 600;

        assertThat(numbers(list("created_at_min", Long.toString(tenMinutes)))).containsExactly("A2");
        assertThat(numbers(list("created_at_max", Long.toString(START)))).containsExactly("A1");
        assertThat(numbers(list("update_time_min", Long.toString(tenMinutes)))).containsExactlyInAnyOrder("A1", "A2");
        assertThat(numbers(list("update_time_max", Long.toString(tenMinutes - 1)))).isEmpty();
        // 2017-08-27T16:51Z is 1503852660; 1503964800 is 2017-08-29T00:00Z
        assertThat(numbers(list("order_created_time_max", "1503900000"))).containsExactly("A1");
        assertThat(numbers(list("order_created_time_min", "1503900000"))).containsExactly("A2");
    }

    @Test
    void an_unknown_status_filter_is_refused_with_4033_and_a_limit_over_2000_with_4012() {
        HttpResult status = tm.merchant().get("/trackings/get").query("status", "lost").expectInvalidRequest().send();
        HttpResult limit = tm.merchant().get("/trackings/get").query("limit", "2001").expectInvalidRequest().send();
        HttpResult huge = tm.merchant().get("/trackings/get").query("created_at_min", "99999999999999999999").expectInvalidRequest().send();

        assertThat(status.status()).isEqualTo(400);
        assertThat(status.json().path("meta").path("code").asInt()).isEqualTo(4033);
        assertThat(limit.status()).isEqualTo(400);
        assertThat(limit.json().path("meta").path("code").asInt()).isEqualTo(4012);
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().path("meta").path("code").asInt()).isEqualTo(4012);
    }

    @Test
    void status_counts_give_every_status_and_follow_the_clock() {
        tm.create("dhl", "A1");
        tm.create("dhl", "EXCEPTION1");
        tm.create("dhl", "NOTFOUND1");
        tm.create("dhl", "A2");

        JsonNode before = tm.merchant().get("/trackings/getstatusnumber").send().json().path("data");
        tm.advance(Duration.ofMinutes(40));
        JsonNode after = tm.merchant().get("/trackings/getstatusnumber").send().json().path("data");

        assertThat(before.path("pending").asLong()).isEqualTo(4);
        assertThat(before.path("delivered").asLong()).isZero();
        assertThat(before.size()).isEqualTo(8);
        assertThat(after.path("pending").asLong()).isZero();
        assertThat(after.path("pickup").asLong()).isEqualTo(2);
        assertThat(after.path("exception").asLong()).isEqualTo(1);
        assertThat(after.path("notfound").asLong()).isEqualTo(1);
    }

    @Test
    void status_counts_filter_by_creation_time() {
        tm.create("dhl", "A1");
        tm.advance(Duration.ofHours(1));
        tm.create("dhl", "A2");

        JsonNode recent = tm.merchant().get("/trackings/getstatusnumber").query("created_at_min", Long.toString(START + 3600)).send()
                .json().path("data");

        assertThat(recent.path("pending").asLong()).isEqualTo(1);
        assertThat(recent.path("delivered").asLong()).isZero();
    }
}
