package dev.carriercontracts.mock.trackingmore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.support.HttpResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Batch create, update, delete and stop-updating: each item on its own, refusals inside the success. */
class BatchTrackingTest {

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

    /** The seed's batch request exactly as the seed shows it, e-mail placeholders included (spec choice 3). */
    static final String SEED_BATCH = """
            [
            {
            "tracking_number": "RP893531375SG",
            "carrier_code": "singapore-post",
            "logistics_channel": "4PX挂号小包",
            "customer_phone": "+110110",
            "destination_code": "cn",
            "title": "title 1",
            "customer_email": "[email protected]",
            "order_id": "213456",
            "comment": "备注",
            "order_create_time": "2017/8/27 16:51",
            "lang": "en"
            },
            {
            "tracking_number": "LK894734223CN",
            "carrier_code": "china-ems",
            "logistics_channel": "4PX挂号小包",
            "customer_phone": "+22222222",
            "destination_code": "cn",
            "title": "title 1",
            "customer_email": "[email protected]",
            "order_id": "213456",
            "comment": "备注",
            "order_create_time": "2017/8/27 16:51",
            "lang": "en"
            }
            ]
            """;

    private static String keys(String... numbersAndCarriers) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < numbersAndCarriers.length; i += 2) {
            json.append(i == 0 ? "" : ",").append("{\"tracking_number\": \"").append(numbersAndCarriers[i])
                    .append("\", \"carrier_code\": \"").append(numbersAndCarriers[i + 1]).append("\"}");
        }
        return json.append("]").toString();
    }

    @Test
    void the_seeds_batch_creates_both_trackings_with_201() {
        HttpResult answer = tm.merchant().post("/trackings/batch").json(SEED_BATCH).send();

        assertThat(answer.status()).isEqualTo(201);
        JsonNode data = answer.json().path("data");
        assertThat(answer.json().path("meta").path("code").asInt()).isEqualTo(201);
        assertThat(data.path("submitted").asInt()).isEqualTo(2);
        assertThat(data.path("added").asInt()).isEqualTo(2);
        assertThat(data.path("trackings")).extracting(t -> t.path("tracking_number").asText() + "/" + t.path("status").asText())
                .containsExactly("RP893531375SG/pending", "LK894734223CN/pending");
        assertThat(data.path("errors")).isEmpty();
        assertThat(data.path("trackings").get(0).path("customer_email").asText()).isEqualTo("[email protected]");
        assertThat(data.path("trackings").get(1).path("order_create_time").asText()).isEqualTo("2017/8/27 16:51");
        assertThat(tm.status("china-ems", "LK894734223CN")).isEqualTo("pending");
    }

    @Test
    void the_seeds_batch_sent_again_is_200_with_4016_for_each_item() {
        tm.merchant().post("/trackings/batch").json(SEED_BATCH).send();

        HttpResult again = tm.merchant().post("/trackings/batch").json(SEED_BATCH).send();

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("meta").path("code").asInt()).isEqualTo(200);
        JsonNode data = again.json().path("data");
        assertThat(data.path("added").asInt()).isZero();
        assertThat(data.path("trackings")).isEmpty();
        assertThat(data.path("errors")).extracting(e -> e.path("tracking_number").asText() + "/" + e.path("carrier_code").asText()
                        + "/" + e.path("code").asInt() + "/" + e.path("message").asText())
                .containsExactly("RP893531375SG/singapore-post/4016/Tracking already exists.",
                        "LK894734223CN/china-ems/4016/Tracking already exists.");
    }

    @Test
    void a_mixed_batch_creates_what_it_can_and_reports_each_refusal_with_its_code() {
        tm.create("china-ems", "LK894734223CN");

        HttpResult answer = tm.merchant().post("/trackings/batch").json(
                keys("RP893531375SG", "singapore-post", "LK894734223CN", "china-ems", "AB123", "no-such-carrier",
                        "AB 123", "dhl", "RP893531375SG", "singapore-post")).send();

        assertThat(answer.status()).isEqualTo(201);
        JsonNode data = answer.json().path("data");
        assertThat(data.path("submitted").asInt()).isEqualTo(5);
        assertThat(data.path("added").asInt()).isEqualTo(1);
        assertThat(data.path("errors")).extracting(e -> e.path("tracking_number").asText() + ":" + e.path("code").asInt())
                .containsExactly("LK894734223CN:4016", "AB123:4015", "AB 123:4014", "RP893531375SG:4016");
    }

    @Test
    void a_batch_of_more_than_40_is_refused_whole_with_4020() {
        String items = IntStream.range(0, 41).mapToObj(i -> "{\"tracking_number\": \"N" + i + "\", \"carrier_code\": \"dhl\"}")
                .collect(Collectors.joining(",", "[", "]"));

        HttpResult refused = tm.merchant().post("/trackings/batch").json(items).expectInvalidRequest().send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("meta").path("code").asInt()).isEqualTo(4020);
        assertThat(tm.get("dhl", "N0").status()).isEqualTo(404);
    }

    @Test
    void an_empty_batch_or_an_object_instead_of_an_array_is_refused_with_4012() {
        HttpResult empty = tm.merchant().post("/trackings/batch").json("[]").expectInvalidRequest().send();
        HttpResult object = tm.merchant().post("/trackings/batch")
                .json("{\"tracking_number\": \"N1\", \"carrier_code\": \"dhl\"}").expectInvalidRequest().send();

        assertThat(empty.json().path("meta").path("code").asInt()).isEqualTo(4012);
        assertThat(object.json().path("meta").path("code").asInt()).isEqualTo(4012);
        assertThat(object.status()).isEqualTo(400);
    }

    @Test
    void a_batch_update_changes_known_trackings_and_reports_unknown_ones_with_4017() {
        tm.create("singapore-post", "RP893531375SG");

        HttpResult answer = tm.merchant().post("/trackings/updatemore").json("""
                [{"tracking_number": "RP893531375SG", "carrier_code": "singapore-post", "title": "iphone6", "order_id": "8988787987"},
                 {"tracking_number": "LK894734223CN", "carrier_code": "china-ems", "title": "iphone7", "status": 7}]
                """).send();

        assertThat(answer.status()).isEqualTo(200);
        JsonNode data = answer.json().path("data");
        assertThat(data.path("submitted").asInt()).isEqualTo(2);
        assertThat(data.path("updated").asInt()).isEqualTo(1);
        assertThat(data.path("trackings")).extracting(k -> k.path("tracking_number").asText()).containsExactly("RP893531375SG");
        assertThat(data.path("errors")).extracting(e -> e.path("tracking_number").asText() + ":" + e.path("code").asInt())
                .containsExactly("LK894734223CN:4017");
        assertThat(tm.get("singapore-post", "RP893531375SG").json().path("data").path("order_id").asText()).isEqualTo("8988787987");
    }

    @Test
    void a_batch_update_can_mark_a_status() {
        tm.create("singapore-post", "RP893531375SG");

        tm.merchant().post("/trackings/updatemore").json(
                "[{\"tracking_number\": \"RP893531375SG\", \"carrier_code\": \"singapore-post\", \"status\": 7}]").send();

        assertThat(tm.status("singapore-post", "RP893531375SG")).isEqualTo("exception");
    }

    @Test
    void a_batch_delete_deletes_known_trackings_and_reports_unknown_ones_with_4017() {
        tm.create("singapore-post", "RP893531375SG");

        HttpResult answer = tm.merchant().post("/trackings/delete")
                .json(keys("RP893531375SG", "singapore-post", "LK894734223CN", "china-ems")).send();

        JsonNode data = answer.json().path("data");
        assertThat(data.path("deleted").asInt()).isEqualTo(1);
        assertThat(data.path("trackings")).extracting(k -> k.path("carrier_code").asText()).containsExactly("singapore-post");
        assertThat(data.path("errors")).extracting(e -> e.path("code").asInt()).containsExactly(4017);
        assertThat(tm.get("singapore-post", "RP893531375SG").status()).isEqualTo(404);
    }

    @Test
    void stop_updating_reports_unknown_trackings_with_4017_and_unknown_carrier_codes_with_4015() {
        tm.create("singapore-post", "RP893531375SG");

        JsonNode data = tm.merchant().post("/trackings/notupdate")
                .json(keys("RP893531375SG", "singapore-post", "LK894734223CN", "china-ems", "X1", "no-such-carrier")).send()
                .json().path("data");

        assertThat(data.path("submitted").asInt()).isEqualTo(3);
        assertThat(data.path("change").asInt()).isEqualTo(1);
        assertThat(data.path("errors")).extracting(e -> e.path("code").asInt()).containsExactly(4017, 4015);
    }
}
