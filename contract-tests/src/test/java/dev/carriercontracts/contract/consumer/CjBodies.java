package dev.carriercontracts.contract.consumer;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;

import java.util.function.Consumer;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;

/**
 * The CJ logistics bodies the consumer tests send and expect (spec: carrier-specs/cj.yaml). Every answer is CJ's
 * envelope {@code {code, result, message, data, requestId}}, failures included (mostly on HTTP 200): {@code code}
 * and {@code result} decide success, so they are matched exactly; the rest by type.
 */
final class CjBodies {

    static final String VID = "439FC05B-1311-4349-87FA-1E1EF942C418";
    static final String SKU = "CJCF104237201AZ";
    static final String TRACK_NUMBER = "CJPKL7160102171YQ";

    private CjBodies() {
    }

    /** freightCalculate's body; with {@code variants} 0 the product list is empty, which the spec forbids. */
    static DslPart freightCalculateRequest(int variants) {
        return newJsonBody(o -> {
            o.stringType("startCountryCode", "US").stringType("endCountryCode", "US");
            if (variants == 0) {
                o.array("products", a -> { });
            } else {
                o.minArrayLike("products", 1, p -> p.stringType("vid", VID).integerType("quantity", 2));
            }
        }).build();
    }

    static DslPart freightTipRequest() {
        return newJsonBody(o -> o.minArrayLike("reqDTOS", 1, q -> q
                .stringType("srcAreaCode", "CN")
                .stringType("destAreaCode", "US")
                .minArrayLike("freightTrialSkuList", 1, sku -> sku.stringType("sku", SKU).integerType("skuQuantity", 1))
                .array("skuList", a -> a.stringType(SKU))
                .array("platforms", a -> a.stringType("Shopify")))).build();
    }

    static DslPart partnerFreightRequest() {
        return newJsonBody(o -> o
                .stringType("shippingCountryCode", "US")
                .stringType("shippingCity", "New York")
                .stringType("shippingPhone", "2125550123")
                .stringType("fromCountryCode", "CN")
                .numberValue("iossType", 1)
                .minArrayLike("products", 1, p -> p.stringType("vid", "92511400-C758-4474-93CA-66D442F5F787").integerType("quantity", 1))).build();
    }

    static DslPart supplierTemplateRequest() {
        return newJsonBody(o -> o.array("skuList", a -> a.stringType("CJCF1042372"))).build();
    }

    // ---------------------------------------------------------------- answers

    static DslPart freightQuotes() {
        return success(o -> o.minArrayLike("data", 1, quote -> quote
                .stringType("logisticName", "USPS+")
                .stringType("logisticAging", "2-5")
                .numberType("logisticPrice", 4.71)
                .numberType("logisticPriceCn", 30.54)));
    }

    static DslPart freightTipQuotes() {
        return success(o -> o.minArrayLike("data", 1, quote -> quote
                .stringType("arrivalTime", "12-50")
                .numberType("postage", 3.55)
                .numberType("wrapPostage", 4.09)
                .object("option", option -> option.stringType("id", "1564849338719199233").stringType("enName", "CJPacket Postal"))));
    }

    static DslPart partnerFreightQuotes() {
        return success(o -> o.minArrayLike("data", 1, quote -> quote
                .numberType("postageAmount", 1.69)
                .stringType("logisticsName", "YTO China Domestic")
                .stringType("arrivalTime", "2-3")));
    }

    static DslPart supplierTemplates() {
        return success(o -> o.minArrayLike("data", 1, group -> group
                .minArrayLike("logisticsInfoList", 1, template -> template
                        .stringType("id", "123")
                        .stringType("logisticsName", "fdd"))));
    }

    /** Tracking summaries; the tracking number is the one the provider shipped while setting up the state. */
    static DslPart trackInfos() {
        return success(o -> o.minArrayLike("data", 1, parcel -> parcel
                .valueFromProviderState("trackingNumber", "${trackNumber}", TRACK_NUMBER)
                .stringType("logisticName", "CJPacket Sensitive")
                .stringType("trackingStatus", "In transit")));
    }

    /** Unknown tracking numbers are left out of {@code data}: none known gives an empty list, not an error. */
    static DslPart noTrackInfo() {
        return success(o -> o.array("data", a -> { }));
    }

    /** A failure reported inside HTTP 200: {@code result} false, CJ's error code, {@code data} null. */
    static DslPart failure(int code, String message) {
        return newJsonBody(o -> o
                .numberValue("code", code)
                .booleanValue("result", false)
                .stringType("message", message)
                .nullValue("data")
                .stringType("requestId", "323fda9d-3c94-41dc-a944-5cc1b8baf5b1")).build();
    }

    private static DslPart success(Consumer<LambdaDslObject> data) {
        return newJsonBody(o -> {
            o.numberValue("code", 200)
                    .booleanValue("result", true)
                    .stringType("message", "Success")
                    .stringType("requestId", "0242ad78-eea2-481d-876a-7cf64398f07f");
            data.accept(o);
        }).build();
    }
}
