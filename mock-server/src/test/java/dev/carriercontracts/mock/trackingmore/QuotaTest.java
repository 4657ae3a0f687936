package dev.carriercontracts.mock.trackingmore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The account info, and its quota: what creates a tracking (or queries air waybills, remote areas) uses it up. */
class QuotaTest {

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

    private static long quota(SpecCheckedClient client) {
        return client.get("/trackings/getuserinfo").send().json().path("data").path("track_number").asLong();
    }

    @Test
    void the_account_info_shows_the_keys_account() {
        HttpResult info = tm.merchant().get("/trackings/getuserinfo").send();

        assertThat(info.status()).isEqualTo(200);
        JsonNode data = info.json().path("data");
        assertThat(data.path("email").asText()).isEqualTo("merchant@example.com");
        assertThat(data.path("regtime").asText()).matches("[0-9]+");
        assertThat(data.path("track_number").asLong()).isEqualTo(9999);
        assertThat(tm.second().get("/trackings/getuserinfo").send().json().path("data").path("email").asText()).isEqualTo("second@example.com");
    }

    @Test
    void each_created_tracking_takes_one_from_the_quota_and_refusals_take_nothing() {
        tm.create("dhl", "A1");
        tm.merchant().post("/trackings/batch").json("[{\"tracking_number\": \"A2\", \"carrier_code\": \"dhl\"},"
                + "{\"tracking_number\": \"A1\", \"carrier_code\": \"dhl\"}]").send();
        tm.merchant().post("/trackings/realtime").json("{\"tracking_number\": \"A3\", \"carrier_code\": \"dhl\"}").send();
        tm.merchant().post("/trackings/realtime").json("{\"tracking_number\": \"A3\", \"carrier_code\": \"dhl\"}").send();
        tm.create("dhl", "A1");
        tm.create("no-such-carrier", "A4");
        tm.merchant().delete("/trackings/dhl/A1").send();

        assertThat(quota(tm.merchant())).isEqualTo(9999 - 3);
        assertThat(quota(tm.second())).isEqualTo(500);
    }

    @Test
    void an_exhausted_quota_refuses_new_trackings_with_4021_and_a_reset_restores_it() {
        SpecCheckedClient small = tm.client(TrackingMoreServer.SMALL_QUOTA_KEY);
        TrackingMoreServer.create(small, "dhl", "A1");
        TrackingMoreServer.create(small, "dhl", "A2");

        HttpResult single = TrackingMoreServer.create(small, "dhl", "A3");
        HttpResult batch = small.post("/trackings/batch").json("[{\"tracking_number\": \"A3\", \"carrier_code\": \"dhl\"}]").send();
        HttpResult realtime = small.post("/trackings/realtime").json("{\"tracking_number\": \"A3\", \"carrier_code\": \"dhl\"}").send();

        for (HttpResult refused : new HttpResult[]{single, batch, realtime}) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().path("meta").path("code").asInt()).isEqualTo(4021);
        }
        assertThat(quota(small)).isZero();
        tm.admin().post("/reset").query("carrier", "trackingmore").query("credential", "small").send();
        assertThat(quota(small)).isEqualTo(2);
        assertThat(TrackingMoreServer.create(small, "dhl", "A1").status()).isEqualTo(201);
    }

    @Test
    void a_batch_larger_than_the_quota_left_creates_what_the_quota_pays_for() {
        SpecCheckedClient small = tm.client(TrackingMoreServer.SMALL_QUOTA_KEY);

        JsonNode data = small.post("/trackings/batch").json("[{\"tracking_number\": \"A1\", \"carrier_code\": \"dhl\"},"
                + "{\"tracking_number\": \"A2\", \"carrier_code\": \"dhl\"}, {\"tracking_number\": \"A3\", \"carrier_code\": \"dhl\"}]")
                .send().json().path("data");

        assertThat(data.path("added").asInt()).isEqualTo(2);
        assertThat(data.path("errors")).extracting(e -> e.path("tracking_number").asText() + ":" + e.path("code").asInt())
                .containsExactly("A3:4021");
    }

    @Test
    void every_fifth_remote_area_check_takes_one_and_an_air_waybill_twenty() {
        for (int i = 0; i < 10; i++) {
            tm.merchant().post("/trackings/remote").json("[{\"country\": \"Japan\", \"postcode\": \"7621094\"}]").send();
        }
        assertThat(quota(tm.merchant())).isEqualTo(9999 - 2);

        tm.merchant().post("/trackings/aircargo").json("{\"track_number\": [\"172-28891936\", \"172-28891936\", \"160-12345675\"]}").send();
        assertThat(quota(tm.merchant())).isEqualTo(9999 - 2 - 40);
    }

    @Test
    void air_waybills_and_remote_checks_are_refused_with_4021_when_the_quota_cannot_pay() {
        SpecCheckedClient small = tm.client(TrackingMoreServer.SMALL_QUOTA_KEY);

        HttpResult cargo = small.post("/trackings/aircargo").json("{\"track_number\": [\"172-28891936\"]}").send();
        TrackingMoreServer.create(small, "dhl", "A1");
        TrackingMoreServer.create(small, "dhl", "A2");
        for (int i = 0; i < 4; i++) {
            assertThat(small.post("/trackings/remote").json("[{\"country\": \"JP\", \"postcode\": \"1000001\"}]").send().status()).isEqualTo(200);
        }
        HttpResult fifth = small.post("/trackings/remote").json("[{\"country\": \"JP\", \"postcode\": \"1000001\"}]").send();

        assertThat(cargo.json().path("meta").path("code").asInt()).isEqualTo(4021);
        assertThat(fifth.status()).isEqualTo(400);
        assertThat(fifth.json().path("meta").path("code").asInt()).isEqualTo(4021);
    }
}
