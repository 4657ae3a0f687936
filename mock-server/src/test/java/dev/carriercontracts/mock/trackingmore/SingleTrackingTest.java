package dev.carriercontracts.mock.trackingmore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.support.HttpResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Create, read, update and delete one tracking, addressed by carrier code and tracking number. */
class SingleTrackingTest {

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

    /** The first item of the seed's batch request, sent alone (the spec's createTracking example). */
    static final String SEED_ITEM = """
            {"tracking_number": "RP893531375SG", "carrier_code": "singapore-post", "logistics_channel": "4PX挂号小包",
             "customer_phone": "+110110", "destination_code": "cn", "title": "title 1", "customer_email": "buyer1@example.com",
             "order_id": "213456", "comment": "备注", "order_create_time": "2017/8/27 16:51", "lang": "en"}
            """;

    @Test
    void a_created_tracking_is_pending_with_the_fields_it_was_given() {
        HttpResult created = tm.merchant().post("/trackings/post").json(SEED_ITEM).send();

        assertThat(created.status()).isEqualTo(201);
        JsonNode meta = created.json().path("meta");
        assertThat(meta.path("code").asInt()).isEqualTo(201);
        assertThat(meta.path("type").asText()).isEqualTo("Created");
        JsonNode data = created.json().path("data");
        assertThat(data.path("id").asText()).matches("[0-9a-f]{32}");
        assertThat(data.path("status").asText()).isEqualTo("pending");
        assertThat(data.path("created_at").asText()).isEqualTo("2026-01-01T00:00:00+00:00");
        assertThat(data.path("tracking_number").asText()).isEqualTo("RP893531375SG");
        assertThat(data.path("carrier_code").asText()).isEqualTo("singapore-post");
        assertThat(data.path("logistics_channel").asText()).isEqualTo("4PX挂号小包");
        assertThat(data.path("comment").asText()).isEqualTo("备注");
        assertThat(data.path("order_create_time").asText()).isEqualTo("2017/8/27 16:51");
        assertThat(data.path("customer_email").asText()).isEqualTo("buyer1@example.com");
        assertThat(data.path("destination_country").asText()).isEqualTo("China");
        assertThat(data.path("origin_info").path("trackinfo")).isEmpty();
    }

    @Test
    void a_created_tracking_is_read_back_by_carrier_code_and_number() {
        String id = tm.merchant().post("/trackings/post").json(SEED_ITEM).send().json().path("data").path("id").asText();

        HttpResult read = tm.get("singapore-post", "RP893531375SG");

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("meta").path("code").asInt()).isEqualTo(200);
        assertThat(read.json().path("data").path("id").asText()).isEqualTo(id);
        assertThat(read.json().path("data").path("title").asText()).isEqualTo("title 1");
        assertThat(read.json().path("data").path("origin_info").path("weblink").asText()).isEqualTo("https://www.singpost.com");
    }

    @Test
    void the_same_number_under_another_carrier_code_is_another_tracking() {
        String first = tm.create("singapore-post", "RP893531375SG").json().path("data").path("id").asText();
        HttpResult second = tm.create("china-ems", "RP893531375SG");

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().path("data").path("id").asText()).isNotEqualTo(first);
    }

    @Test
    void creating_an_existing_tracking_is_refused_with_4016() {
        tm.create("singapore-post", "RP893531375SG");

        HttpResult again = tm.create("singapore-post", "RP893531375SG");

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().path("meta").path("code").asInt()).isEqualTo(4016);
        assertThat(again.json().path("meta").path("message").asText()).isEqualTo("Tracking already exists.");
        assertThat(again.json().path("data")).isEmpty();
    }

    @Test
    void an_unknown_carrier_code_is_refused_with_4015() {
        HttpResult refused = tm.create("no-such-carrier", "RP893531375SG");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("meta").path("code").asInt()).isEqualTo(4015);
        assertThat(tm.get("no-such-carrier", "RP893531375SG").json().path("meta").path("code").asInt()).isEqualTo(4015);
    }

    @Test
    void a_tracking_number_with_spaces_is_refused_with_4014() {
        HttpResult refused = tm.create("singapore-post", "RP 893531375SG");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("meta").path("code").asInt()).isEqualTo(4014);
    }

    @Test
    void a_missing_tracking_number_is_refused_with_4013_and_a_missing_carrier_code_with_4012() {
        HttpResult noNumber = tm.merchant().post("/trackings/post").json("{\"carrier_code\": \"china-ems\"}").expectInvalidRequest().send();
        HttpResult noCarrier = tm.merchant().post("/trackings/post").json("{\"tracking_number\": \"LK894734223CN\"}").expectInvalidRequest().send();

        assertThat(noNumber.status()).isEqualTo(400);
        assertThat(noNumber.json().path("meta").path("code").asInt()).isEqualTo(4013);
        assertThat(noCarrier.status()).isEqualTo(400);
        assertThat(noCarrier.json().path("meta").path("code").asInt()).isEqualTo(4012);
        assertThat(noCarrier.json().path("meta").path("message").asText()).contains("carrier_code");
    }

    @Test
    void an_update_changes_only_the_fields_sent() {
        tm.merchant().post("/trackings/post").json(SEED_ITEM).send();

        HttpResult updated = tm.merchant().put("/trackings/singapore-post/RP893531375SG")
                .json("{\"title\": \"iphone6\", \"order_id\": \"#123\", \"customer_name\": \"chase\", \"archived\": \"true\"}").send();

        assertThat(updated.status()).isEqualTo(200);
        JsonNode data = tm.get("singapore-post", "RP893531375SG").json().path("data");
        assertThat(data.path("title").asText()).isEqualTo("iphone6");
        assertThat(data.path("order_id").asText()).isEqualTo("#123");
        assertThat(data.path("customer_name").asText()).isEqualTo("chase");
        assertThat(data.path("archived").asBoolean()).isTrue();
        assertThat(data.path("comment").asText()).isEqualTo("备注");
        assertThat(data.path("customer_phone").asText()).isEqualTo("+110110");
    }

    @Test
    void a_deleted_tracking_is_gone_and_can_be_created_again() {
        tm.create("china-ems", "LK894734223CN");

        HttpResult deleted = tm.merchant().delete("/trackings/china-ems/LK894734223CN").send();

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("data").isArray()).isTrue();
        assertThat(deleted.json().path("data")).isEmpty();
        assertThat(tm.get("china-ems", "LK894734223CN").status()).isEqualTo(404);
        assertThat(tm.create("china-ems", "LK894734223CN").status()).isEqualTo(201);
    }

    @Test
    void an_unknown_tracking_is_404_with_4017_on_get_update_and_delete() {
        HttpResult get = tm.get("singapore-post", "RP893531375SG");
        HttpResult put = tm.merchant().put("/trackings/singapore-post/RP893531375SG").json("{\"title\": \"x\"}").send();
        HttpResult delete = tm.merchant().delete("/trackings/singapore-post/RP893531375SG").send();

        for (HttpResult answer : new HttpResult[]{get, put, delete}) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.json().path("meta").path("code").asInt()).isEqualTo(4017);
            assertThat(answer.json().path("meta").path("message").asText()).isEqualTo("Tracking does not exist.");
        }
    }

    @Test
    void the_carrier_code_of_a_tracking_is_changed_and_it_keeps_its_id() {
        String id = tm.create("china-ems", "LK664578623CN").json().path("data").path("id").asText();

        HttpResult changed = tm.merchant().post("/trackings/update")
                .json("{\"tracking_number\": \"LK664578623CN\", \"carrier_code\": \"china-ems\", \"update_carrier_code\": \"usps\"}").send();

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("data").path("Usertag").asText()).isEmpty();
        assertThat(tm.get("china-ems", "LK664578623CN").status()).isEqualTo(404);
        JsonNode moved = tm.get("usps", "LK664578623CN").json().path("data");
        assertThat(moved.path("id").asText()).isEqualTo(id);
        assertThat(moved.path("origin_info").path("weblink").asText()).isEqualTo("https://www.usps.com");
    }

    @Test
    void a_carrier_code_change_onto_an_existing_tracking_is_refused_with_4016_and_of_an_unknown_one_with_4017() {
        tm.create("china-ems", "LK664578623CN");
        tm.create("usps", "LK664578623CN");
        String change = "{\"tracking_number\": \"LK664578623CN\", \"carrier_code\": \"china-ems\", \"update_carrier_code\": \"usps\"}";

        HttpResult exists = tm.merchant().post("/trackings/update").json(change).send();
        HttpResult unknown = tm.merchant().post("/trackings/update")
                .json("{\"tracking_number\": \"XX000000000CN\", \"carrier_code\": \"china-ems\", \"update_carrier_code\": \"usps\"}").send();
        HttpResult badTarget = tm.merchant().post("/trackings/update")
                .json("{\"tracking_number\": \"LK664578623CN\", \"carrier_code\": \"china-ems\", \"update_carrier_code\": \"no-such-carrier\"}").send();

        assertThat(exists.status()).isEqualTo(400);
        assertThat(exists.json().path("meta").path("code").asInt()).isEqualTo(4016);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("meta").path("code").asInt()).isEqualTo(4017);
        assertThat(badTarget.json().path("meta").path("code").asInt()).isEqualTo(4015);
    }
}
