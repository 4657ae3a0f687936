package dev.carriercontracts.client.cj;

import dev.carriercontracts.client.cj.model.CombinationType;
import dev.carriercontracts.client.cj.model.FreightCalculateRequest;
import dev.carriercontracts.client.cj.model.FreightCalculateResponse;
import dev.carriercontracts.client.cj.model.FreightTipQuery;
import dev.carriercontracts.client.cj.model.FreightTipQuote;
import dev.carriercontracts.client.cj.model.FreightTipRequest;
import dev.carriercontracts.client.cj.model.FreightTrialSku;
import dev.carriercontracts.client.cj.model.InterceptType;
import dev.carriercontracts.client.cj.model.IossType;
import dev.carriercontracts.client.cj.model.OrderType;
import dev.carriercontracts.client.cj.model.PartnerFreightQuote;
import dev.carriercontracts.client.cj.model.PartnerFreightRequest;
import dev.carriercontracts.client.cj.model.ProductType;
import dev.carriercontracts.client.cj.model.RuleTipType;
import dev.carriercontracts.client.cj.model.SupplierTemplateGroup;
import dev.carriercontracts.client.cj.model.SupplierTemplateRequest;
import dev.carriercontracts.client.cj.model.VariantQuantity;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The four freight calculations: what goes on the wire and how CJ's quotes decode (seed samples). */
class CjFreightCalculationTest extends LocalCjPeer {

    @Test
    void freight_calculate_posts_the_variants_with_the_token_and_decodes_the_quotes() throws Exception {
        answer("""
                {"code": 200, "result": true, "message": "Success",
                 "data": [{"logisticAging": "2-5", "logisticPrice": 4.71, "logisticPriceCn": 30.54, "logisticName": "USPS+"}],
                 "requestId": "0242ad78-eea2-481d-876a-7cf64398f07f"}""");

        FreightCalculateResponse answer = api.freightCalculate(new FreightCalculateRequest()
                .startCountryCode("US")
                .endCountryCode("US")
                .products(List.of(new VariantQuantity().quantity(2).vid("439FC05B-1311-4349-87FA-1E1EF942C418"))));

        RecordedRequest request = sent();
        assertCall(request, "POST", "/logistic/freightCalculate");
        assertJsonBody(request, """
                {"startCountryCode": "US", "endCountryCode": "US",
                 "products": [{"quantity": 2, "vid": "439FC05B-1311-4349-87FA-1E1EF942C418"}]}""");
        assertThat(answer.getCode()).isEqualTo(200);
        assertThat(answer.getResult()).isTrue();
        assertThat(answer.getRequestId()).isEqualTo("0242ad78-eea2-481d-876a-7cf64398f07f");
        assertThat(answer.getData()).singleElement().satisfies(quote -> {
            assertThat(quote.getLogisticName()).isEqualTo("USPS+");
            assertThat(quote.getLogisticAging()).isEqualTo("2-5");
            assertThat(quote.getLogisticPrice()).isEqualByComparingTo("4.71");
            assertThat(quote.getLogisticPriceCn()).isEqualByComparingTo("30.54");
            assertThat(quote.getTaxesFee()).isNull();
        });
    }

    @Test
    void optional_freight_fields_are_sent_when_set_and_left_out_when_not() throws Exception {
        answer("{\"code\": 200, \"result\": true, \"message\": \"Success\", \"data\": [], \"requestId\": \"r-1\"}");

        api.freightCalculate(new FreightCalculateRequest()
                .startCountryCode("CN").endCountryCode("DE").zip("10115").iossNumber("IM2760000742")
                .products(List.of(new VariantQuantity().vid("92511400-C758-4474-93CA-66D442F5F787").quantity(1))));

        assertJsonBody(sent(), """
                {"startCountryCode": "CN", "endCountryCode": "DE", "zip": "10115", "iossNumber": "IM2760000742",
                 "products": [{"vid": "92511400-C758-4474-93CA-66D442F5F787", "quantity": 1}]}""");
    }

    @Test
    void freight_calculate_tip_posts_the_trials_and_decodes_the_detailed_quote() throws Exception {
        answer(FREIGHT_TIP_SAMPLE);

        List<FreightTipQuote> quotes = api.freightCalculateTip(new FreightTipRequest().reqDTOS(List.of(new FreightTipQuery()
                .srcAreaCode("CN").destAreaCode("US")
                .length(new BigDecimal("0.3")).width(new BigDecimal("0.4")).height(new BigDecimal("0.5"))
                .volume(new BigDecimal("0.06")).totalGoodsAmount(new BigDecimal("123.2"))
                .productProp(List.of("COMMON"))
                .freightTrialSkuList(List.of(new FreightTrialSku().skuQuantity(1).sku("CJCF104237201AZ")))
                .skuList(List.of("CJCF104237201AZ"))
                .platforms(List.of("Shopify"))))).getData();

        RecordedRequest request = sent();
        assertCall(request, "POST", "/logistic/freightCalculateTip");
        assertJsonBody(request, """
                {"reqDTOS": [{"srcAreaCode": "CN", "destAreaCode": "US", "length": 0.3, "width": 0.4, "height": 0.5,
                  "volume": 0.06, "totalGoodsAmount": 123.2, "productProp": ["COMMON"],
                  "freightTrialSkuList": [{"skuQuantity": 1, "sku": "CJCF104237201AZ"}],
                  "skuList": ["CJCF104237201AZ"], "platforms": ["Shopify"]}]}""");

        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(quote.getArrivalTime()).isEqualTo("12-50");
            assertThat(quote.getDiscountFee()).isEqualByComparingTo("4.09");
            assertThat(quote.getDiscountFeeCNY()).isEqualByComparingTo("25.30");
            assertThat(quote.getPostage()).isEqualByComparingTo("3.55");
            assertThat(quote.getWrapPostageCNY()).isEqualByComparingTo("25.30");
            assertThat(quote.getRemoteFee()).isEqualByComparingTo("0");
            assertThat(quote.getVolumeWeight()).isNull();
            assertThat(quote.getPriceIncreases()).isEqualTo("115");
            assertThat(quote.getOption().getEnName()).isEqualTo("CJPacket Postal");
            assertThat(quote.getOption().getCnName()).isEqualTo("CJ航空挂号小包");
            assertThat(quote.getChannel().getCnName()).isEqualTo("促佳燕文航空挂号小包特货");
            assertThat(quote.getChannelId()).isEqualTo(quote.getChannel().getId()).isEqualTo("1564543005939785730");
            assertThat(quote.getRuleTipTypes()).containsExactly(RuleTipType.PHONE);
            assertThat(quote.getRuleTips()).singleElement().satisfies(rule -> {
                assertThat(rule.getType()).isEqualTo(RuleTipType.PHONE);
                assertThat(rule.getInterceptType()).isEqualTo(InterceptType.BLOCKING);
                assertThat(rule.getExpression()).isEqualTo("^[\\s\\d\\-()()+]{6,32}$");
                assertThat(rule.getMsgCode()).isEqualTo("1001");
                assertThat(rule.getMax()).isNull();
            });
            assertThat(quote.getAllRuleTips()).hasSize(1);
            assertThat(quote.getCjRespDTO().getPostage()).isEqualTo("3.55");
            assertThat(quote.getCjRespDTO().getRemoteFee()).isEqualTo("0.00");
            assertThat(quote.getSrcArea().getShortCode()).isEqualTo("CN");
            assertThat(quote.getDestArea().getEnName()).isEqualTo("United States of America (the)");
            assertThat(quote.getDestArea().getCnName()).isEqualTo("美国");
            assertThat(quote.getDump()).isFalse();
            assertThat(quote.getStopWords()).isEmpty();
            assertThat(quote.getZonePrice()).isEmpty();
            assertThat(quote.getWrapWeight()).isEqualByComparingTo("0");
            assertThat(quote.getMessage()).startsWith("Hi, CJ will not accept any disputes");
        });
    }

    @Test
    void freight_calculate_tip_sends_enums_as_their_wire_values() throws Exception {
        answer("{\"code\": 200, \"result\": true, \"message\": \"Success\", \"data\": [], \"requestId\": \"r-2\"}");

        api.freightCalculateTip(new FreightTipRequest().reqDTOS(List.of(new FreightTipQuery()
                .srcAreaCode("CN").destAreaCode("US").orderType(OrderType.DROPSHIPPING)
                .productTypes(List.of(ProductType.NORMAL, ProductType.SUPPLIER_SELF_SHIPPED))
                .freightTrialSkuList(List.of(new FreightTrialSku().vid("V1").skuQuantity(3)
                        .combinationType(CombinationType.COMBINED).parentVid("V0")
                        .productTypeList(List.of(ProductType.POD_PERSONALISED)))))));

        assertJsonBody(sent(), """
                {"reqDTOS": [{"srcAreaCode": "CN", "destAreaCode": "US", "orderType": "0", "productTypes": ["0", "5"],
                  "freightTrialSkuList": [{"vid": "V1", "skuQuantity": 3, "combinationType": 1, "parentVid": "V0",
                                           "productTypeList": ["7"]}]}]}""");
    }

    @Test
    void partner_freight_calculate_posts_the_order_and_decodes_quotes_with_ioss_options() throws Exception {
        answer("""
                {"code": 200, "result": true, "message": "Success",
                 "data": [{"postageAmount": 1.69, "logisticsModel": "YTGN", "logisticsName": "YTO China Domestic",
                           "arrivalTime": "2-3",
                           "iossList": [{"iossNumber": "", "iossType": 1, "serviceAmount": null, "taxAmount": null}]}],
                 "requestId": "0242ad78-eea2-481d-876a-7cf64398f07f"}""");

        List<PartnerFreightQuote> quotes = api.partnerFreightCalculate(new PartnerFreightRequest()
                .orderNumber("1234").shippingZip("123").shippingCountryCode("US").shippingCountry("123")
                .shippingProvince("123").shippingCity("132").shippingAddress("123213").shippingCustomerName("123")
                .shippingPhone("111").remark("note").fromCountryCode("CN").logisticName("PostNL").houseNumber("123")
                .iossType(IossType.NO_IOSS).iossNumber("")
                .products(List.of(new VariantQuantity().vid("92511400-C758-4474-93CA-66D442F5F787").quantity(1))))
                .getData();

        RecordedRequest request = sent();
        assertCall(request, "POST", "/logistic/partnerFreightCalculate");
        assertJsonBody(request, """
                {"orderNumber": "1234", "shippingZip": "123", "shippingCountryCode": "US", "shippingCountry": "123",
                 "shippingProvince": "123", "shippingCity": "132", "shippingAddress": "123213",
                 "shippingCustomerName": "123", "shippingPhone": "111", "remark": "note", "fromCountryCode": "CN",
                 "logisticName": "PostNL", "houseNumber": "123", "iossType": 1, "iossNumber": "",
                 "products": [{"vid": "92511400-C758-4474-93CA-66D442F5F787", "quantity": 1}]}""");
        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(quote.getPostageAmount()).isEqualByComparingTo("1.69");
            assertThat(quote.getLogisticsModel()).isEqualTo("YTGN");
            assertThat(quote.getLogisticsName()).isEqualTo("YTO China Domestic");
            assertThat(quote.getArrivalTime()).isEqualTo("2-3");
            assertThat(quote.getIsSupportIoss()).isNull();
            assertThat(quote.getIossList()).singleElement().satisfies(ioss -> {
                assertThat(ioss.getIossType()).isEqualTo(IossType.NO_IOSS);
                assertThat(ioss.getIossNumber()).isEmpty();
                assertThat(ioss.getServiceAmount()).isNull();
            });
        });
    }

    @Test
    void supplier_logistics_templates_are_requested_by_product_sku_and_decoded() throws Exception {
        answer("""
                {"code": 200, "result": true, "message": "Success",
                 "data": [{"skuList": [], "logisticsInfoList": [{"id": "123", "logisticsName": "fdd", "postage": null,
                                                                  "startCountryCode": "", "destCountryCode": ""}]}],
                 "requestId": "0242ad78-eea2-481d-876a-7cf64398f07f"}""");

        List<SupplierTemplateGroup> groups = api.getSupplierLogisticsTemplate(
                new SupplierTemplateRequest().skuList(List.of("CJCF1042372"))).getData();

        RecordedRequest request = sent();
        assertCall(request, "POST", "/logistic/getSupplierLogisticsTemplate");
        assertJsonBody(request, "{\"skuList\": [\"CJCF1042372\"]}");
        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.getSkuList()).isEmpty();
            assertThat(group.getLogisticsInfoList()).singleElement().satisfies(template -> {
                assertThat(template.getId()).isEqualTo("123");
                assertThat(template.getLogisticsName()).isEqualTo("fdd");
                assertThat(template.getPostage()).isNull();
                assertThat(template.getStartCountryCode()).isEmpty();
            });
        });
    }

    @Test
    void unknown_enum_values_from_cj_do_not_break_decoding() {
        answer("""
                {"code": 200, "result": true, "message": "Success", "requestId": "r-3",
                 "data": [{"ruleTipTypes": ["phone", "recipientName"],
                           "ruleTips": [{"type": "recipientName", "interceptType": "2", "min": "2", "max": "35"}],
                           "someFieldCjAddedLater": {"x": 1}}]}""");
        answer("""
                {"code": 200, "result": true, "message": "Success", "requestId": "r-4",
                 "data": [{"postageAmount": 2.5, "iossList": [{"iossType": 4}]}]}""");

        FreightTipQuote quote = api.freightCalculateTip(new FreightTipRequest().reqDTOS(List.of(new FreightTipQuery())))
                .getData().get(0);
        PartnerFreightQuote partner = api.partnerFreightCalculate(new PartnerFreightRequest()
                .products(List.of(new VariantQuantity().vid("V").quantity(1)))).getData().get(0);

        assertThat(quote.getRuleTipTypes()).containsExactly(RuleTipType.PHONE, RuleTipType.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(quote.getRuleTips().get(0).getType()).isEqualTo(RuleTipType.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(quote.getRuleTips().get(0).getInterceptType()).isEqualTo(InterceptType.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(quote.getRuleTips().get(0).getMax()).isEqualTo("35");
        assertThat(partner.getIossList().get(0).getIossType()).isEqualTo(IossType.NUMBER_unknown_default_open_api);
    }

    @Test
    void the_http_info_variant_returns_status_headers_and_the_decoded_envelope() throws Exception {
        cj.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                .setHeader("X-Request-Id", "0242ad78")
                .setBody("{\"code\": 200, \"result\": true, \"message\": \"Success\", \"data\": [], \"requestId\": \"0242ad78\"}"));

        var answer = api.getSupplierLogisticsTemplateWithHttpInfo(new SupplierTemplateRequest().skuList(List.of("CJ1")));

        assertCall(sent(), "POST", "/logistic/getSupplierLogisticsTemplate");
        assertThat(answer.getStatusCode()).isEqualTo(200);
        assertThat(answer.getHeaders()).containsKey("X-Request-Id");
        assertThat(answer.getData().getData()).isEmpty();
    }

    /** The seed's freightCalculateTip answer (section 1.2), as in the spec's example. */
    static final String FREIGHT_TIP_SAMPLE = """
            {"code": 200, "result": true, "message": "Success",
             "data": [{"arrivalTime": "12-50", "discountFee": 4.09, "discountFeeCNY": 25.30, "volumeWeight": null,
               "option": {"arrivalTime": "12-50", "cnName": "CJ航空挂号小包", "enName": "CJPacket Postal", "id": "1564849338719199233"},
               "ruleTips": [{"expression": "^[\\\\s\\\\d\\\\-()()+]{6,32}$", "interceptType": "0", "max": null, "min": null,
                             "msgCode": "1001", "msgEn": "Must be a 6-32 digit number (only numbers, symbols and spaces are supported).",
                             "type": "phone"}],
               "ruleTipTypes": ["phone"], "channelId": "1564543005939785730", "error": "", "errorEn": "",
               "optionId": "1564849338719199233", "postage": 3.55, "postageCNY": 22.00, "priceIncreases": "115",
               "reSort": "62", "remoteFee": 0, "remoteFeeCNY": 0, "tip": "", "uid": "", "orderId": null,
               "unWeightChargeTarget": null, "floatMaxPrice": null, "floatMinPrice": null, "logisticsParamRespDTO": null,
               "message": "Hi, CJ will not accept any disputes when you choose the shipping method, which is not trackable when orders arrived at some countries, states, or cities.",
               "wrapPostage": 4.09, "wrapPostageCNY": 25.30, "wrapWeight": 0, "stopWords": [],
               "channel": {"cnName": "促佳燕文航空挂号小包特货", "enName": "燕文航空挂号小包特货", "id": "1564543005939785730"},
               "cjRespDTO": {"postage": "3.55", "postageCNY": "22.00", "remoteFee": "0.00", "remoteFeeCNY": "0"},
               "destArea": {"cnName": "美国", "countryId": "233", "enName": "United States of America (the)", "id": "233",
                            "parentId": null, "postCode": "", "shortCode": "US"},
               "srcArea": {"cnName": "中国", "countryId": "48", "enName": "China", "id": "48", "parentId": null,
                           "postCode": "", "shortCode": "CN"},
               "dump": false, "zonePrice": [],
               "allRuleTips": [{"expression": "^[\\\\s\\\\d\\\\-()()+]{6,32}$", "interceptType": "0", "max": null, "min": null,
                                "msgCode": "1001", "msgEn": "Must be a 6-32 digit number (only numbers, symbols and spaces are supported).",
                                "type": "phone"}],
               "taxesFee": null, "clearanceOperationFee": null}],
             "requestId": "55c4708d15d44a499f061582ddbd989b", "success": true}""";
}
