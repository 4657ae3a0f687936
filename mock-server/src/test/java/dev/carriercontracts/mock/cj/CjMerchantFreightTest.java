package dev.carriercontracts.mock.cj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.carriercontracts.mock.cj.CjTestServer.SEED_PARTNER_VID;
import static dev.carriercontracts.mock.cj.CjTestServer.data;
import static dev.carriercontracts.mock.cj.CjTestServer.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** partnerFreightCalculate: quotes for a merchant's order, one named channel or all, with EU IOSS options. */
class CjMerchantFreightTest {

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

    private static HttpResult partner(String fields) {
        return cj.post("/logistic/partnerFreightCalculate").json("""
                {%s "products": [{"vid": "%s", "quantity": 1}]}
                """.formatted(fields, SEED_PARTNER_VID)).send();
    }

    @Test
    void the_seed_example_with_its_commas_fixed_is_quoted_for_the_logistics_it_names() {
        JsonNode quotes = data(cj.post("/logistic/partnerFreightCalculate").json("""
                {"orderNumber": "1234", "shippingZip": "123", "shippingCountryCode": "US", "shippingCountry": "123",
                 "shippingProvince": "123", "shippingCity": "132", "shippingAddress": "123213", "shippingCustomerName": "123",
                 "shippingPhone": "111", "remark": "note", "fromCountryCode": "CN", "logisticName": "PostNL",
                 "houseNumber": "123", "iossType": 1, "iossNumber": "",
                 "products": [{"vid": "92511400-C758-4474-93CA-66D442F5F787", "quantity": 1}]}
                """).send());

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.path("logisticsName").asText()).isEqualTo("PostNL");
            assertThat(q.path("logisticsModel").asText()).isEqualTo("PostNL");
            assertThat(q.path("arrivalTime").asText()).isEqualTo("12-25");
            // 320 g: 3.60 for the first 50 g, 0.013 per gram above
            assertThat(q.path("postageAmount").decimalValue()).isEqualByComparingTo("7.11");
            assertThat(q.path("isSupportIoss").asBoolean()).isFalse();
            assertThat(q.path("iossList")).isEmpty();
        });
    }

    @Test
    void without_a_logistics_name_every_channel_of_the_route_is_quoted_cheapest_first() {
        JsonNode quotes = data(partner("\"shippingCountryCode\": \"US\","));

        assertThat(quotes).extracting(q -> q.path("logisticsName").asText())
                .containsExactly("CJPacket Ordinary", "CJPacket Postal", "CJPacket Sensitive", "PostNL", "DHL Official");
        assertThat(quotes).extracting(q -> q.path("postageAmount").decimalValue()).isSorted();
    }

    @Test
    void an_eu_destination_offers_the_three_ioss_declarations() {
        JsonNode quotes = data(partner("\"shippingCountryCode\": \"DE\", \"iossType\": 2, \"iossNumber\": \"IM2760000000\","));

        assertThat(quotes).isNotEmpty().allSatisfy(q -> {
            assertThat(q.path("isSupportIoss").asBoolean()).isTrue();
            assertThat(q.path("iossList")).extracting(o -> o.path("iossType").asInt()).containsExactly(1, 2, 3);
            JsonNode own = q.path("iossList").get(1);
            assertThat(own.path("iossNumber").asText()).isEqualTo("IM2760000000");
            // 19 % of the variant's 14.50 USD
            assertThat(own.path("taxAmount").decimalValue()).isEqualByComparingTo("2.76");
            assertThat(q.path("iossList").get(2).path("serviceAmount").decimalValue()).isEqualByComparingTo("0.50");
        });
    }

    @Test
    void a_logistics_name_the_rate_table_does_not_list_is_not_found() {
        String message = refused(partner("\"shippingCountryCode\": \"US\", \"logisticName\": \"NoSuchLogistic\","), 200, 1605000);

        assertThat(message).startsWith("Logistic not found").contains("NoSuchLogistic");
    }

    @Test
    void a_known_logistics_name_that_does_not_serve_the_route_gets_an_empty_list() {
        assertThat(data(partner("\"shippingCountryCode\": \"US\", \"logisticName\": \"YTO China Domestic\","))).isEmpty();
    }

    @Test
    void an_order_without_destination_is_a_param_error() {
        assertThat(refused(partner(""), 200, 1600100)).contains("shippingCountryCode");
    }

    @Test
    void declaring_with_my_own_ioss_number_needs_the_number() {
        assertThat(refused(partner("\"shippingCountryCode\": \"DE\", \"iossType\": 2,"), 200, 1600100)).contains("iossNumber");
    }

    @Test
    void an_ioss_type_outside_the_enum_is_a_param_error() {
        String message = refused(cj.post("/logistic/partnerFreightCalculate").json("""
                {"shippingCountryCode": "DE", "iossType": 4, "products": [{"vid": "%s", "quantity": 1}]}
                """.formatted(SEED_PARTNER_VID)).expectInvalidRequest().send(), 200, 1600100);

        assertThat(message).contains("iossType");
    }

    @Test
    void the_seed_example_sent_as_the_seed_prints_it_is_a_param_error() {
        // the seed's body, verbatim: commas missing, and a Chinese comment where iossType's value should be
        String seed = """
                {
                    "orderNumber": "1234",
                    "shippingZip": "123",
                    "shippingCountryCode": "US",
                    "shippingCountry": "123",
                    "shippingProvince": "123",
                    "shippingCity": "132",
                    "shippingAddress": "123213",
                    "shippingCustomerName": "123",
                    "shippingPhone": "111",
                    "remark": "note",
                    "fromCountryCode": "CN",
                    "logisticName": "PostNL",
                    "houseNumber": "123",
                    "iossType": 税ioss申报方式:1-不使用IOSS申报 2-使用我的IOSS号申报 3-使用CJ的IOSS号申报
                    "iossNumber": ""
                    "products": [
                        {
                            "vid": "92511400-C758-4474-93CA-66D442F5F787",
                            "quantity": 1
                        }
                    ]
                }""";
        String message = refused(cj.post("/logistic/partnerFreightCalculate").json(seed).expectInvalidRequest().send(), 200, 1600100);

        assertThat(message).startsWith("Param error").contains("malformed JSON");
    }
}
