package dev.carriercontracts.mock.cj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.carriercontracts.mock.cj.CjTestServer.SEED_SKU;
import static dev.carriercontracts.mock.cj.CjTestServer.data;
import static dev.carriercontracts.mock.cj.CjTestServer.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** freightCalculateTip: detailed quotes per option, with the address rules the recipient fails. */
class CjDetailedFreightTest {

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

    private static HttpResult tip(String trial) {
        return cj.post("/logistic/freightCalculateTip").json("{\"reqDTOS\": [" + trial + "]}").send();
    }

    private static JsonNode option(JsonNode quotes, String name) {
        for (JsonNode q : quotes) {
            if (q.path("option").path("enName").asText().equals(name)) {
                return q;
            }
        }
        throw new AssertionError("no " + name + " quote in " + quotes);
    }

    private static String trial(String extra) {
        return """
                {"srcAreaCode": "CN", "destAreaCode": "US", "freightTrialSkuList": [{"sku": "%s", "skuQuantity": 1}]%s}
                """.formatted(SEED_SKU, extra);
    }

    @Test
    void the_answer_carries_the_success_flag_of_the_seed_sample() {
        assertThat(tip(trial("")).json().path("success").asBoolean()).isTrue();
    }

    @Test
    void the_seed_example_gets_the_seed_figures_for_cjpacket_postal() {
        JsonNode postal = option(data(tip("""
                {"srcAreaCode": "CN", "destAreaCode": "US", "length": 0.3, "width": 0.4, "height": 0.5, "volume": 0.06,
                 "totalGoodsAmount": 123.2, "productProp": ["COMMON"],
                 "freightTrialSkuList": [{"skuQuantity": 1, "sku": "CJCF104237201AZ"}],
                 "skuList": ["CJCF104237201AZ"], "platforms": ["Shopify"]}
                """)), "CJPacket Postal");

        assertThat(postal.path("arrivalTime").asText()).isEqualTo("12-50");
        assertThat(postal.path("postage").decimalValue()).isEqualByComparingTo("3.55");
        assertThat(postal.path("discountFee").decimalValue()).isEqualByComparingTo("4.09");
        assertThat(postal.path("wrapPostage").decimalValue()).isEqualByComparingTo("4.09");
        assertThat(postal.path("priceIncreases").asText()).isEqualTo("115");
        assertThat(postal.path("reSort").asText()).isEqualTo("62");
        assertThat(postal.path("optionId").asText()).isEqualTo("1564849338719199233");
        assertThat(postal.path("option").path("cnName").asText()).isEqualTo("CJ航空挂号小包");
        assertThat(postal.path("channelId").asText()).isEqualTo("1564543005939785730");
        assertThat(postal.path("channel").path("enName").asText()).isEqualTo("燕文航空挂号小包特货");
        assertThat(postal.path("ruleTipTypes")).extracting(JsonNode::asText).containsExactly("phone");
        assertThat(postal.path("ruleTips")).singleElement().satisfies(rule -> {
            assertThat(rule.path("type").asText()).isEqualTo("phone");
            assertThat(rule.path("msgCode").asText()).isEqualTo("1001");
            assertThat(rule.path("interceptType").asText()).isEqualTo("0");
            assertThat(rule.path("max").isNull()).isTrue();
        });
        assertThat(postal.path("cjRespDTO").path("postage").asText()).isEqualTo("3.55");
        assertThat(postal.path("destArea").path("countryId").asText()).isEqualTo("233");
        assertThat(postal.path("srcArea").path("enName").asText()).isEqualTo("China");
        assertThat(postal.path("srcArea").path("parentId").isNull()).isTrue();
        assertThat(postal.path("dump").asBoolean()).isFalse();
        assertThat(postal.path("orderId").isNull()).isTrue();
        assertThat(postal.path("message").asText()).startsWith("Hi, CJ will not accept any disputes");
        assertThat(postal.path("remoteFee").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void a_recipient_that_satisfies_a_rule_is_not_told_about_it() {
        JsonNode sensitive = option(data(tip(trial(", \"phone\": \"+1 212 555 0123\", \"zip\": \"BAD!ZIP\""))), "CJPacket Sensitive");

        assertThat(sensitive.path("ruleTipTypes")).extracting(JsonNode::asText).containsExactly("phone", "zip");
        assertThat(sensitive.path("allRuleTips")).extracting(r -> r.path("type").asText()).containsExactly("phone", "zip");
        assertThat(sensitive.path("ruleTips")).extracting(r -> r.path("type").asText()).containsExactly("zip");
    }

    @Test
    void packaging_weight_raises_the_packed_price_only() {
        JsonNode bare = option(data(tip(trial(""))), "CJPacket Postal");
        JsonNode wrapped = option(data(tip(trial(", \"wrapWeight\": 200"))), "CJPacket Postal");

        assertThat(wrapped.path("discountFee").decimalValue()).isEqualByComparingTo(bare.path("discountFee").decimalValue());
        assertThat(wrapped.path("wrapPostage").decimalValue()).isGreaterThan(bare.path("wrapPostage").decimalValue());
        assertThat(wrapped.path("wrapWeight").decimalValue()).isEqualByComparingTo("200");
    }

    @Test
    void goods_lighter_than_their_volumetric_weight_are_charged_by_volume() {
        JsonNode actual = option(data(tip(trial(""))), "CJPacket Postal");
        JsonNode bulky = option(data(tip(trial(", \"volumeWeight\": 600"))), "CJPacket Postal");

        assertThat(bulky.path("dump").asBoolean()).isTrue();
        assertThat(bulky.path("volumeWeight").decimalValue()).isEqualByComparingTo("600");
        assertThat(bulky.path("postage").decimalValue()).isGreaterThan(actual.path("postage").decimalValue());
    }

    @Test
    void an_explicit_weight_wins_over_the_catalogue() {
        JsonNode light = option(data(tip("{\"destAreaCode\": \"US\", \"weight\": 100}")), "CJPacket Postal");
        JsonNode heavy = option(data(tip("{\"destAreaCode\": \"US\", \"weight\": 1500}")), "CJPacket Postal");

        assertThat(heavy.path("postage").decimalValue()).isGreaterThan(light.path("postage").decimalValue());
        assertThat(light.path("srcArea").path("shortCode").asText()).as("China when no srcAreaCode").isEqualTo("CN");
    }

    @Test
    void import_taxes_use_the_declared_goods_value() {
        JsonNode germany = option(data(tip("""
                {"destAreaCode": "DE", "weight": 300, "totalGoodsAmount": 100}
                """)), "CJPacket Postal");

        assertThat(germany.path("taxesFee").decimalValue()).isEqualByComparingTo("19.00");
        assertThat(germany.path("clearanceOperationFee").decimalValue()).isEqualByComparingTo("0.30");
        assertThat(germany.path("totalPostageFee").decimalValue()).isEqualByComparingTo(germany.path("wrapPostage").decimalValue()
                .add(new BigDecimal("19.30")));
    }

    @Test
    void each_warehouse_asked_for_gets_its_zone_price() {
        JsonNode postal = option(data(tip(trial(", \"storageIdList\": [\"W-US-1\", \"W-CN-2\"]"))), "CJPacket Postal");

        assertThat(postal.path("zonePrice")).extracting(z -> z.path("storageId").asText()).containsExactly("W-US-1", "W-CN-2");
        assertThat(postal.path("zonePrice").get(0).path("wrapPostage").decimalValue())
                .isEqualByComparingTo(postal.path("wrapPostage").decimalValue());
    }

    @Test
    void an_option_name_narrows_the_answer_to_that_option() {
        JsonNode quotes = data(tip(trial(", \"optionName\": \"DHL Official\"")));

        assertThat(quotes).extracting(q -> q.path("option").path("enName").asText()).containsExactly("DHL Official");
    }

    @Test
    void every_trial_is_quoted_in_one_flat_list_with_its_uid() {
        JsonNode quotes = data(cj.post("/logistic/freightCalculateTip").json("""
                {"reqDTOS": [{"destAreaCode": "CN", "weight": 500, "uid": "A-1"},
                             {"srcAreaCode": "US", "destAreaCode": "US", "weight": 500, "uid": "B-2"}]}
                """).send());

        assertThat(quotes).extracting(q -> q.path("uid").asText() + " " + q.path("option").path("enName").asText())
                .containsExactly("A-1 YTO China Domestic", "B-2 USPS+");
    }

    @Test
    void a_trial_without_destination_is_a_param_error() {
        assertThat(refused(tip("{\"weight\": 100}"), 200, 1600100)).contains("destAreaCode");
    }

    @Test
    void a_trial_without_goods_is_a_param_error() {
        assertThat(refused(tip("{\"destAreaCode\": \"US\"}"), 200, 1600100)).contains("weight, freightTrialSkuList or skuList");
    }

    @Test
    void a_negative_weight_is_a_param_error() {
        assertThat(refused(tip("{\"destAreaCode\": \"US\", \"weight\": -1}"), 200, 1600100)).contains("weight");
    }

    @Test
    void a_sku_starting_with_notfound_is_an_unknown_variant() {
        refused(tip("{\"destAreaCode\": \"US\", \"skuList\": [\"NOTFOUND-SKU\"]}"), 200, 1602000);
    }

    @Test
    void the_freight_calculate_body_of_seed_section_1_3_is_a_param_error_here() {
        String message = refused(cj.post("/logistic/freightCalculateTip").json("""
                {"startCountryCode": "US", "endCountryCode": "US", "products": [{"quantity": 2, "vid": "439FC05B-1311-4349-87FA-1E1EF942C418"}]}
                """).expectInvalidRequest().send(), 200, 1600100);

        assertThat(message).contains("reqDTOS");
    }

    @Test
    void a_wrong_type_inside_a_trial_is_a_param_error_naming_the_field() {
        String message = refused(cj.post("/logistic/freightCalculateTip").json("""
                {"reqDTOS": [{"destAreaCode": "US", "weight": "heavy"}]}
                """).expectInvalidRequest().send(), 200, 1600100);

        assertThat(message).contains("reqDTOS.0.weight");
    }
}
