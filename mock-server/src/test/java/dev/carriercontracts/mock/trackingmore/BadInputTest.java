package dev.carriercontracts.mock.trackingmore;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.faults.Fault;
import dev.carriercontracts.mock.faults.FaultRule;
import dev.carriercontracts.mock.support.HttpResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed, mistyped, incomplete, oversized or misdirected requests, and injected faults: always
 * TrackingMore's envelope with its code and the right status, never a 5xx for bad input.
 */
class BadInputTest {

    static TrackingMoreServer tm;

    @BeforeAll
    static void start() {
        tm = TrackingMoreServer.start("server: {maxBodyBytes: 2048}\n");
    }

    @AfterAll
    static void stop() {
        tm.close();
    }

    @BeforeEach
    void reset() {
        tm.reset();
        tm.server().faults().clear();
    }

    private static void assertRefused(HttpResult answer, int status, int metaCode) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.json().path("meta").path("code").asInt()).as(answer.toString()).isEqualTo(metaCode);
        assertThat(answer.json().path("data").isArray()).isTrue();
        assertThat(answer.json().path("data")).isEmpty();
    }

    @Test
    void malformed_json_is_4012() {
        assertRefused(tm.merchant().post("/trackings/post").json("{\"tracking_number\": \"A1\", ").expectInvalidRequest().send(), 400, 4012);
        assertRefused(tm.merchant().post("/trackings/batch").json("[{]").expectInvalidRequest().send(), 400, 4012);
    }

    @Test
    void a_missing_or_empty_body_is_4012() {
        assertRefused(tm.merchant().post("/trackings/post").expectInvalidRequest().send(), 400, 4012);
        assertRefused(tm.merchant().post("/trackings/realtime").json("{}").expectInvalidRequest().send(), 400, 4013);
    }

    @Test
    void wrong_types_are_refused_with_the_fields_code() {
        assertRefused(tm.merchant().post("/trackings/post").json("{\"tracking_number\": 123, \"carrier_code\": \"dhl\"}")
                .expectInvalidRequest().send(), 400, 4014);
        assertRefused(tm.merchant().post("/trackings/post").json("{\"tracking_number\": \"A1\", \"carrier_code\": [\"dhl\"]}")
                .expectInvalidRequest().send(), 400, 4012);
        assertRefused(tm.merchant().put("/trackings/dhl/A1").json("{\"archived\": true}").expectInvalidRequest().send(), 400, 4012);
        assertRefused(tm.merchant().get("/trackings/get").query("page", "first").expectInvalidRequest().send(), 400, 4012);
        assertRefused(tm.merchant().post("/trackings/post").json("{\"tracking_number\": \"A1\", \"carrier_code\": \"dhl\", \"destination_code\": \"USA\"}")
                .expectInvalidRequest().send(), 400, 4012);
    }

    @Test
    void missing_fields_in_the_utility_queries_are_4012() {
        assertRefused(tm.merchant().post("/trackings/remote").json("[{\"country\": \"JP\"}]").expectInvalidRequest().send(), 400, 4012);
        assertRefused(tm.merchant().post("/trackings/costtime").json("[{\"carrier_code\": \"dhl\", \"original\": \"CN\"}]")
                .expectInvalidRequest().send(), 400, 4012);
        assertRefused(tm.merchant().post("/trackings/update").json("{\"tracking_number\": \"A1\", \"carrier_code\": \"dhl\"}")
                .expectInvalidRequest().send(), 400, 4012);
        assertRefused(tm.merchant().post("/trackings/aircargo").json("{\"lang\": \"en\"}").expectInvalidRequest().send(), 400, 4012);
    }

    @Test
    void a_body_that_is_not_json_is_4012() {
        assertRefused(tm.merchant().post("/trackings/post").body("text/plain", "tracking_number=A1".getBytes(StandardCharsets.UTF_8))
                .expectInvalidRequest().send(), 400, 4012);
    }

    @Test
    void an_oversized_body_is_413_in_trackingmores_envelope() {
        String big = "{\"tracking_number\": \"A1\", \"carrier_code\": \"dhl\", \"comment\": \"" + "x".repeat(4000) + "\"}";

        assertRefused(tm.merchant().post("/trackings/post").json(big).send(), 413, 413);
        assertRefused(tm.merchant().post("/trackings/post").json(big).chunked().send(), 413, 413);
    }

    @Test
    void an_unknown_path_is_404_and_a_wrong_method_405() {
        HttpResult unknown = tm.merchant().get("/trackings/dhl/A1/en").unchecked().send();
        HttpResult wrongMethod = tm.merchant().get("/trackings/post").unchecked().send();

        assertRefused(unknown, 404, 404);
        assertRefused(wrongMethod, 405, 405);
        assertThat(wrongMethod.header("Allow")).contains("POST");
    }

    @Test
    void injected_errors_and_rate_limits_answer_in_trackingmores_envelope() {
        tm.server().faults().add(FaultRule.nextCalls(Carrier.TRACKINGMORE, "createTracking", new Fault.ErrorStatus(503), 1));
        tm.server().faults().add(FaultRule.nextCalls(Carrier.TRACKINGMORE, "listTrackings", new Fault.RateLimit(Duration.ofSeconds(120)), 1));

        HttpResult unavailable = tm.create("dhl", "A1");
        HttpResult limited = tm.merchant().get("/trackings/get").send();

        assertRefused(unavailable, 503, 503);
        assertRefused(limited, 429, 429);
        assertThat(limited.header("Retry-After")).contains("120");
        assertThat(tm.create("dhl", "A1").status()).isEqualTo(201);
    }
}
