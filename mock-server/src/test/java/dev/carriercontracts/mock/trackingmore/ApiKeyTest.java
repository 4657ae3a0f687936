package dev.carriercontracts.mock.trackingmore;

import dev.carriercontracts.mock.support.HttpResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Trackingmore-Api-Key header: who may call, and what each key sees. */
class ApiKeyTest {

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

    private static void assertRefused(HttpResult answer, int metaCode, String message) {
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().path("meta").path("code").asInt()).isEqualTo(metaCode);
        assertThat(answer.json().path("meta").path("type").asText()).isEqualTo("Unauthorized");
        assertThat(answer.json().path("meta").path("message").asText()).isEqualTo(message);
        assertThat(answer.json().path("data")).isEmpty();
    }

    @Test
    void a_request_without_the_key_is_refused_with_4001() {
        assertRefused(tm.anonymous().get("/trackings/getuserinfo").expectInvalidRequest().send(), 4001, "Invalid API key.");
    }

    @Test
    void an_unknown_key_is_refused_with_4001() {
        assertRefused(tm.client("not-a-trackingmore-api-key").get("/trackings/getuserinfo").send(), 4001, "Invalid API key.");
        assertRefused(TrackingMoreServer.create(tm.client("not-a-trackingmore-api-key"), "dhl", "A1"), 4001, "Invalid API key.");
    }

    @Test
    void a_deleted_key_is_refused_with_4002() {
        assertRefused(tm.client(TrackingMoreServer.DELETED_KEY).get("/trackings/getuserinfo").send(), 4002, "API key has been deleted.");
    }

    @Test
    void auth_is_checked_before_the_body() {
        HttpResult answer = tm.client("wrong").post("/trackings/post").json("{not json").expectInvalidRequest().send();

        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void another_keys_tracking_is_simply_not_found() {
        tm.create("dhl", "A1");

        HttpResult get = tm.second().get("/trackings/dhl/A1").send();
        HttpResult delete = tm.second().delete("/trackings/dhl/A1").send();
        HttpResult notUpdate = tm.second().post("/trackings/notupdate").json("[{\"tracking_number\": \"A1\", \"carrier_code\": \"dhl\"}]").send();

        assertThat(get.status()).isEqualTo(404);
        assertThat(delete.status()).isEqualTo(404);
        assertThat(notUpdate.json().path("data").path("errors").get(0).path("code").asInt()).isEqualTo(4017);
        assertThat(tm.get("dhl", "A1").status()).isEqualTo(200);
    }

    @Test
    void each_key_lists_and_counts_only_its_own_trackings_and_may_use_the_same_numbers() {
        tm.create("dhl", "A1");
        tm.create("dhl", "A2");
        HttpResult sameNumber = TrackingMoreServer.create(tm.second(), "dhl", "A1");

        assertThat(sameNumber.status()).isEqualTo(201);
        assertThat(tm.merchant().get("/trackings/get").send().json().path("data").path("total").asText()).isEqualTo("2");
        assertThat(tm.second().get("/trackings/get").send().json().path("data").path("total").asText()).isEqualTo("1");
        assertThat(tm.second().get("/trackings/getstatusnumber").send().json().path("data").path("pending").asLong()).isEqualTo(1);
    }

    @Test
    void resetting_one_key_leaves_the_other_keys_trackings() {
        tm.create("dhl", "A1");
        TrackingMoreServer.create(tm.second(), "dhl", "B1");

        tm.admin().post("/reset").query("carrier", "trackingmore").query("credential", "second-merchant").send();

        assertThat(tm.second().get("/trackings/dhl/B1").send().status()).isEqualTo(404);
        assertThat(tm.get("dhl", "A1").status()).isEqualTo(200);
    }
}
