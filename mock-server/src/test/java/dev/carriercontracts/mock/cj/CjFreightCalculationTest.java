package dev.carriercontracts.mock.cj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static dev.carriercontracts.mock.cj.CjTestServer.SEED_VID;
import static dev.carriercontracts.mock.cj.CjTestServer.data;
import static dev.carriercontracts.mock.cj.CjTestServer.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** freightCalculate: quotes computed from the rate table, per channel serving the route. */
class CjFreightCalculationTest {

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

    private static JsonNode quote(String from, String to, String vid, int quantity) {
        return data(cj.post("/logistic/freightCalculate").json("""
                {"startCountryCode": "%s", "endCountryCode": "%s", "products": [{"vid": "%s", "quantity": %d}]}
                """.formatted(from, to, vid, quantity)).send());
    }

    private static BigDecimal price(JsonNode quotes, String channel) {
        for (JsonNode q : quotes) {
            if (q.path("logisticName").asText().equals(channel)) {
                return q.path("logisticPrice").decimalValue();
            }
        }
        throw new AssertionError("no " + channel + " quote in " + quotes);
    }

    @Test
    void the_seed_example_is_quoted_as_the_seed_shows_it() {
        JsonNode quotes = quote("US", "US", SEED_VID, 2);

        assertThat(quotes).hasSize(1);
        JsonNode usps = quotes.get(0);
        assertThat(usps.path("logisticName").asText()).isEqualTo("USPS+");
        assertThat(usps.path("logisticAging").asText()).isEqualTo("2-5");
        assertThat(usps.path("logisticPrice").decimalValue()).isEqualByComparingTo("4.71");
        assertThat(usps.path("logisticPriceCn").decimalValue()).isEqualByComparingTo("30.54");
    }

    @Test
    void every_documented_field_is_sent_and_the_total_adds_up() {
        JsonNode quotes = quote("CN", "DE", SEED_VID, 3);

        assertThat(quotes).isNotEmpty().allSatisfy(q -> {
            assertThat(q.fieldNames()).toIterable().containsExactlyInAnyOrder("logisticAging", "logisticPrice", "logisticPriceCn",
                    "logisticName", "taxesFee", "clearanceOperationFee", "totalPostageFee");
            BigDecimal total = q.path("logisticPrice").decimalValue().add(q.path("taxesFee").decimalValue())
                    .add(q.path("clearanceOperationFee").decimalValue());
            assertThat(q.path("totalPostageFee").decimalValue()).isEqualByComparingTo(total);
            // German import VAT (19 %) on three units of 6.80 USD, and the EU clearance fee
            assertThat(q.path("taxesFee").decimalValue()).isEqualByComparingTo("3.88");
            assertThat(q.path("clearanceOperationFee").decimalValue()).isEqualByComparingTo("0.30");
        });
    }

    @Test
    void more_weight_costs_more_on_every_channel() {
        JsonNode light = quote("CN", "US", SEED_VID, 1);
        JsonNode heavy = quote("CN", "US", SEED_VID, 5);

        assertThat(light).isNotEmpty();
        for (JsonNode q : light) {
            String channel = q.path("logisticName").asText();
            assertThat(price(heavy, channel)).as(channel).isGreaterThan(q.path("logisticPrice").decimalValue());
        }
    }

    @Test
    void quotes_come_cheapest_first_and_cny_follows_the_configured_rate() {
        JsonNode quotes = quote("CN", "US", SEED_VID, 2);

        List<BigDecimal> prices = new ArrayList<>();
        quotes.forEach(q -> prices.add(q.path("logisticPrice").decimalValue()));
        assertThat(prices).isSorted();
        assertThat(quotes).allSatisfy(q -> assertThat(q.path("logisticPriceCn").decimalValue())
                .isEqualByComparingTo(q.path("logisticPrice").decimalValue().multiply(new BigDecimal("6.4841"))
                        .setScale(2, java.math.RoundingMode.HALF_UP)));
    }

    @Test
    void a_channel_serves_only_its_routes() {
        assertThat(quote("CN", "US", SEED_VID, 1)).extracting(q -> q.path("logisticName").asText())
                .contains("CJPacket Postal", "CJPacket Sensitive", "DHL Official").doesNotContain("USPS+", "YTO China Domestic");
        assertThat(quote("CN", "CN", SEED_VID, 1)).extracting(q -> q.path("logisticName").asText())
                .containsExactly("YTO China Domestic");
    }

    @Test
    void goods_heavier_than_a_channels_limit_are_not_offered_it() {
        // 20 units of 105 g = 2100 g: over the 2 kg of the CJPacket lines, within DHL's 30 kg
        assertThat(quote("CN", "US", SEED_VID, 20)).extracting(q -> q.path("logisticName").asText())
                .containsExactly("DHL Official");
    }

    @Test
    void a_route_no_channel_serves_gets_an_empty_list() {
        assertThat(quote("CN", "ZZ", SEED_VID, 1)).isEmpty();
        assertThat(quote("US", "DE", SEED_VID, 1)).isEmpty();
    }

    @Test
    void country_codes_are_read_whatever_their_case() {
        assertThat(quote("us", "us", SEED_VID, 2)).extracting(q -> q.path("logisticName").asText()).containsExactly("USPS+");
    }

    @Test
    void a_remote_postcode_costs_the_remote_area_surcharge() {
        String body = """
                {"startCountryCode": "CN", "endCountryCode": "US", "zip": "%s", "products": [{"vid": "%s", "quantity": 1}]}
                """;
        JsonNode mainland = data(cj.post("/logistic/freightCalculate").json(body.formatted("10001", SEED_VID)).send());
        JsonNode alaska = data(cj.post("/logistic/freightCalculate").json(body.formatted("99501", SEED_VID)).send());

        assertThat(price(alaska, "CJPacket Postal").subtract(price(mainland, "CJPacket Postal"))).isEqualByComparingTo("3.50");
    }

    @Test
    void a_variant_the_catalogue_does_not_list_gets_the_same_derived_quote_every_time() {
        JsonNode first = quote("CN", "US", "0D8A2C6E-0000-4A4A-9C9C-000000000001", 1);
        JsonNode again = quote("CN", "US", "0D8A2C6E-0000-4A4A-9C9C-000000000001", 1);

        assertThat(first).isNotEmpty();
        assertThat(again).isEqualTo(first);
    }

    @Test
    void products_of_several_variants_are_weighed_together() {
        JsonNode both = data(cj.post("/logistic/freightCalculate").json("""
                {"startCountryCode": "US", "endCountryCode": "US",
                 "products": [{"vid": "%s", "quantity": 1}, {"vid": "%s", "quantity": 1}]}
                """.formatted(SEED_VID, SEED_VID)).send());

        assertThat(price(both, "USPS+")).isEqualByComparingTo(price(quote("US", "US", SEED_VID, 2), "USPS+"));
    }

    @Test
    void a_quantity_below_one_is_a_param_error() {
        String message = refused(cj.post("/logistic/freightCalculate").json("""
                {"startCountryCode": "US", "endCountryCode": "US", "products": [{"vid": "%s", "quantity": 0}]}
                """.formatted(SEED_VID)).send(), 200, 1600100);

        assertThat(message).startsWith("Param error").contains("quantity");
    }

    @Test
    void a_vid_starting_with_notfound_is_an_unknown_variant() {
        String message = refused(cj.post("/logistic/freightCalculate").json("""
                {"startCountryCode": "US", "endCountryCode": "US", "products": [{"vid": "NOTFOUND-1", "quantity": 1}]}
                """).send(), 200, 1602000);

        assertThat(message).startsWith("Variant not found").contains("NOTFOUND-1");
    }

    @Test
    void an_empty_product_list_is_a_param_error() {
        String message = refused(cj.post("/logistic/freightCalculate")
                .json("{\"startCountryCode\": \"US\", \"endCountryCode\": \"US\", \"products\": []}")
                .expectInvalidRequest().send(), 200, 1600100);

        assertThat(message).startsWith("Param error").contains("products");
    }
}
