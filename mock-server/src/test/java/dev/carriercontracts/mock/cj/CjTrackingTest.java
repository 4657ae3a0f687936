package dev.carriercontracts.mock.cj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.carriercontracts.mock.cj.CjTestServer.SEED_TRACK_NUMBER;
import static dev.carriercontracts.mock.cj.CjTestServer.data;
import static dev.carriercontracts.mock.cj.CjTestServer.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * trackInfo and getTrackInfo: a parcel ships when its number is first tracked, then moves with the clock
 * (default delays: pickup 1 s, transit 2 s, return 2 s); magic numbers ask for the failure paths.
 */
class CjTrackingTest {

    static MockServer server;
    static SpecCheckedClient cj;

    @BeforeAll
    static void start() {
        server = CjTestServer.start();
        cj = CjTestServer.client(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        CjTestServer.reset(server);
    }

    private static JsonNode track(String... numbers) {
        return data(cj.get("/logistic/trackInfo").query("trackNumber", numbers).send());
    }

    private static String status(String number) {
        JsonNode data = track(number);
        assertThat(data).as(number).hasSize(1);
        return data.get(0).path("trackingStatus").asText();
    }

    private static void advance(Duration duration) {
        server.clock().advance(duration);
    }

    @Test
    void the_seed_example_with_its_repeated_number_answers_one_parcel_as_the_seed_shows_it() {
        track(SEED_TRACK_NUMBER);
        advance(Duration.ofSeconds(1));

        JsonNode data = data(cj.get("/logistic/trackInfo")
                .query("trackNumber", SEED_TRACK_NUMBER, SEED_TRACK_NUMBER, SEED_TRACK_NUMBER, SEED_TRACK_NUMBER).send());

        assertThat(data).singleElement().satisfies(parcel -> {
            assertThat(parcel.path("trackingNumber").asText()).isEqualTo(SEED_TRACK_NUMBER);
            assertThat(parcel.path("logisticName").asText()).isEqualTo("CJPacket Sensitive");
            assertThat(parcel.path("trackingFrom").asText()).isEqualTo("CN");
            assertThat(parcel.path("trackingTo").asText()).isEqualTo("US");
            assertThat(parcel.path("trackingStatus").asText()).isEqualTo("In transit");
            assertThat(parcel.path("lastMileCarrier").asText()).isEqualTo("CJPacket");
            assertThat(parcel.path("lastTrackNumber").asText()).hasSize(15).startsWith("9261");
            assertThat(parcel.path("deliveryDay").asText()).isEqualTo("0");
            // the time of the last status change, in China Standard Time: 2026-01-01T00:00:01Z
            assertThat(parcel.path("deliveryTime").asText()).isEqualTo("2026-01-01 08:00:01");
        });
    }

    @Test
    void a_parcel_goes_from_pending_through_in_transit_to_delivered() {
        String number = "CJPKP1234567890AB";
        assertThat(status(number)).isEqualTo("Pending");

        advance(Duration.ofMillis(999));
        assertThat(status(number)).isEqualTo("Pending");
        advance(Duration.ofMillis(1));
        assertThat(status(number)).isEqualTo("In transit");
        advance(Duration.ofMillis(1999));
        assertThat(status(number)).isEqualTo("In transit");
        advance(Duration.ofMillis(1));
        assertThat(status(number)).isEqualTo("Delivered");
        advance(Duration.ofDays(30));
        assertThat(status(number)).as("final").isEqualTo("Delivered");
    }

    @Test
    void a_number_containing_exception_ends_in_exception() {
        String number = "CJPKO55501EXCEPTION";
        assertThat(status(number)).isEqualTo("Pending");
        advance(Duration.ofSeconds(1));
        assertThat(status(number)).isEqualTo("In transit");
        advance(Duration.ofSeconds(2));
        assertThat(status(number)).isEqualTo("Exception");
        advance(Duration.ofDays(30));
        assertThat(status(number)).isEqualTo("Exception");
    }

    @Test
    void a_number_containing_return_goes_back_to_the_sender() {
        String number = "CJPKO55502RETURN";
        track(number);
        advance(Duration.ofSeconds(3));
        assertThat(status(number)).isEqualTo("Exception");
        advance(Duration.ofSeconds(2));
        assertThat(status(number)).isEqualTo("Returned");
    }

    @Test
    void days_on_the_way_count_until_delivery() {
        String number = "CJPKL00000000017";
        track(number);
        advance(Duration.ofDays(3).plusHours(5));

        JsonNode parcel = track(number).get(0);
        assertThat(parcel.path("trackingStatus").asText()).isEqualTo("Delivered");
        assertThat(parcel.path("deliveryDay").asText()).as("delivered 3 s after shipping").isEqualTo("0");
        assertThat(parcel.path("deliveryTime").asText()).isEqualTo("2026-01-01 08:00:03");
    }

    @Test
    void days_on_the_way_grow_while_the_parcel_travels() {
        String number = "CJPKL00000000018";
        track(number);
        server.admin().forceState(dev.carriercontracts.mock.Carrier.CJ, "parcel", number, "Exception");
        advance(Duration.ofDays(13).plusHours(1));

        assertThat(track(number).get(0).path("deliveryDay").asText()).isEqualTo("13");
    }

    @Test
    void the_channel_is_read_from_the_tracking_prefix() {
        JsonNode data = track("CJPKP1000000001", "CJPKO1000000001", "CJPNL1000000001", "CJDHL1000000001", "CJUSP1000000001",
                "YT1000000001", "CJPKL1000000001");

        assertThat(data).extracting(p -> p.path("logisticName").asText()).containsExactly("CJPacket Postal", "CJPacket Ordinary",
                "PostNL", "DHL Official", "USPS+", "YTO China Domestic", "CJPacket Sensitive");
        assertThat(data.get(4).path("trackingFrom").asText() + data.get(4).path("trackingTo").asText()).isEqualTo("USUS");
        assertThat(data.get(5).path("trackingTo").asText()).isEqualTo("CN");
    }

    @Test
    void any_other_number_gets_the_same_derived_channel_every_time() {
        JsonNode first = track("9400111899223100000001").get(0);
        CjTestServer.reset(server);
        JsonNode again = track("9400111899223100000001").get(0);

        assertThat(again).isEqualTo(first);
        assertThat(first.path("logisticName").asText()).isNotBlank();
    }

    @Test
    void unknown_numbers_are_left_out_of_a_batch() {
        JsonNode data = track("NOTFOUND123", "CJPKP2000000002", "CJPKL0000000000XX", "");

        assertThat(data).extracting(p -> p.path("trackingNumber").asText()).containsExactly("CJPKP2000000002");
    }

    @Test
    void a_batch_of_unknown_numbers_gives_an_empty_list() {
        assertThat(track("CJPKL0000000000XX")).isEmpty();
        assertThat(server.admin().entities(dev.carriercontracts.mock.Carrier.CJ)).as("unknown numbers are not stored").isEmpty();
    }

    @Test
    void the_deprecated_interface_answers_like_the_new_one() {
        track("CJPKP3000000003");
        advance(Duration.ofSeconds(1));

        JsonNode old = data(cj.get("/logistic/getTrackInfo").query("trackNumber", "CJPKP3000000003").send());
        assertThat(old).isEqualTo(track("CJPKP3000000003"));
        assertThat(old.get(0).path("trackingStatus").asText()).isEqualTo("In transit");
    }

    @Test
    void a_query_without_track_number_is_a_param_error() {
        assertThat(refused(cj.get("/logistic/trackInfo").expectInvalidRequest().send(), 200, 1600100)).contains("trackNumber");
        refused(cj.get("/logistic/getTrackInfo").expectInvalidRequest().send(), 200, 1600100);
    }

    @Test
    void a_track_number_over_200_characters_is_a_param_error() {
        refused(cj.get("/logistic/trackInfo").query("trackNumber", "CJ" + "1".repeat(199)).expectInvalidRequest().send(), 200, 1600100);
    }
}
