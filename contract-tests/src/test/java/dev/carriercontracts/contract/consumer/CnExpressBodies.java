package dev.carriercontracts.contract.consumer;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;

import java.nio.charset.StandardCharsets;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonArrayMinLike;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static dev.carriercontracts.contract.consumer.PactConventions.ISO_DATE_TIME;
import static dev.carriercontracts.contract.consumer.PactConventions.URL;

/**
 * The CNExpress bodies the consumer tests expect, matched by type and format (spec: carrier-specs/cnexpress.yaml).
 * Example values follow the spec's examples, so that every example satisfies the spec.
 */
final class CnExpressBodies {

    static final String REQUEST_NO = "CE20170723000000002";
    static final String TRACKING_NO = "TEST000000001";
    static final String BARCODE = "5000378998287";

    /** The request number format of the spec (choice 1): CE + yyyyMMdd + 9 digits. */
    static final String REQUEST_NO_FORMAT = "CE[0-9]{17}";
    private static final String EAN_13 = "[0-9]{13}";
    private static final String DECIMAL_STRING = "[0-9]+(\\.[0-9]+)?";

    /** A one-page PDF: the consumer only needs "a PDF", the content type matcher checks exactly that. */
    static final byte[] PDF = ("%PDF-1.4\n"
            + "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 283 425]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private CnExpressBodies() {
    }

    static DslPart account() {
        return newJsonBody(o -> o
                .stringType("username", "my_username")
                .numberType("credit", 1046.0)
                .stringType("currency", "GBP")).build();
    }

    static DslPart products() {
        return newJsonArrayMinLike(1, a -> a.object(CnExpressBodies::product)).build();
    }

    static DslPart product() {
        return newJsonBody(CnExpressBodies::product).build();
    }

    private static void product(LambdaDslObject o) {
        o.stringMatcher("url", URL, "https://cnexpress.co.uk/api/v1/products/" + BARCODE)
                .stringType("name", "爱他美奶粉1段")
                .stringMatcher("barcode", EAN_13, BARCODE);
    }

    /** The first level of the tree: every node has a name; `contains` is absent on leaves, so it is not required. */
    static DslPart cities() {
        return newJsonArrayMinLike(1, a -> a.object(o -> o.stringType("name", "安徽"))).build();
    }

    static DslPart routes() {
        return newJsonArrayMinLike(1, a -> a.object(CnExpressBodies::route)).build();
    }

    static DslPart route() {
        return newJsonBody(CnExpressBodies::route).build();
    }

    private static void route(LambdaDslObject o) {
        o.stringMatcher("url", URL, "https://cnexpress.co.uk/api/v1/routes/cnpost")
                .stringType("name", "邮政线")
                .stringType("code", "cnpost");
    }

    /**
     * The order request the client submits: one package of 6 tins (the server ships 4 or 6 per package),
     * identified by barcode. Every example value is one the mock server's catalogue accepts.
     */
    static DslPart newOrderRequest(int tins) {
        return newJsonBody(o -> o
                .stringType("route_code", "cnpost")
                .stringType("order_no", "1234567")
                .minArrayLike("packages", 1, p -> p
                        .stringType("sender_name", "发件人1")
                        .stringType("sender_phone_number", "01234567")
                        .stringType("sender_address", "发件人地址测试英国地址")
                        .stringType("receiver_name", "张三")
                        .stringType("receiver_phone_number", "12345678911")
                        .stringType("receiver_address", "黄浦江路33号")
                        .stringType("receiver_city", "黄山市")
                        .stringType("receiver_post_code", "200000")
                        .stringType("receiver_id_number", "X40192928323")
                        .stringMatcher("weight", DECIMAL_STRING, "4.00")
                        .integerType("length", 20)
                        .integerType("width", 20)
                        .integerType("height", 20)
                        .stringType("package_no", "1")
                        .minArrayLike("items", 1, i -> i
                                .stringMatcher("barcode", EAN_13, BARCODE)
                                .integerType("count", tins)))).build();
    }

    /** A request in state Created, as POST /requests answers it: nothing issued yet. */
    static DslPart createdRequest() {
        return newJsonBody(o -> {
            requestFields(o, "Created");
            o.stringMatcher("request_no", REQUEST_NO_FORMAT, REQUEST_NO)
                    .nullValue("waybills")
                    .nullValue("error_msg")
                    .minArrayLike("packages", 1, p -> packageFields(p).nullValue("url").nullValue("tracking_no").nullValue("waybill"));
        }).build();
    }

    /** A request that has Succeeded: its number comes from the provider state, its packages have tracking numbers. */
    static DslPart succeededRequest() {
        return newJsonBody(o -> {
            requestFields(o, "Succeeded");
            o.valueFromProviderState("request_no", "${requestNo}", REQUEST_NO)
                    .stringMatcher("waybills", URL, "https://cnexpress.co.uk/api/v1/waybills/request/" + REQUEST_NO)
                    .nullValue("error_msg")
                    .minArrayLike("packages", 1, p -> issuedPackageFields(packageFields(p)));
        }).build();
    }

    /** A request that has Failed: error_msg says why, no tracking numbers were issued. */
    static DslPart failedRequest() {
        return newJsonBody(o -> {
            requestFields(o, "Failed");
            o.valueFromProviderState("request_no", "${requestNo}", REQUEST_NO)
                    .nullValue("waybills")
                    .stringType("error_msg", "The shipping line could not issue tracking numbers for this request; please submit it again.")
                    .minArrayLike("packages", 1, p -> packageFields(p).nullValue("url").nullValue("tracking_no").nullValue("waybill"));
        }).build();
    }

    /** One package of a succeeded request, addressed by request and tracking number. */
    static DslPart issuedPackage() {
        return newJsonBody(o -> issuedPackageFields(packageFields(o))).build();
    }

    static DslPart tracking() {
        return newJsonBody(o -> o
                .valueFromProviderState("tracking_no", "${trackingNo}", "CNE100000001")
                .booleanType("delivered", false)
                .stringMatcher("timestamp", ISO_DATE_TIME, "2017-08-16T20:16:07.839199Z")
                .minArrayLike("progress", 1, e -> e
                        .stringType("detail", "英国包裹信息与面单已生成")
                        .stringMatcher("time", ISO_DATE_TIME, "2017-05-05T14:13:33.313612Z"))).build();
    }

    /** DRF's error body with only a general message, e.g. {"detail": "Not found."}. */
    static DslPart detail(String example) {
        return newJsonBody(o -> o.stringType("detail", example)).build();
    }

    /** DRF's validation error body: reasons listed under the name of the parameter at fault. */
    static DslPart fieldErrors(String parameter, String exampleReason) {
        return newJsonBody(o -> o.minArrayLike(parameter, 1, PactDslJsonRootValue.stringType(exampleReason), 1)).build();
    }

    private static void requestFields(LambdaDslObject o, String status) {
        o.stringMatcher("url", URL, "https://cnexpress.co.uk/api/v1/requests/" + REQUEST_NO)
                .booleanType("test_mode", true)
                .stringMatcher("creation_date", ISO_DATE_TIME, "2017-07-23T11:11:17.982827Z")
                .stringValue("status", status)
                .numberType("total_cost", 20.0)
                .stringType("route_code", "cnpost")
                .stringType("order_no", "1234567");
    }

    private static LambdaDslObject packageFields(LambdaDslObject p) {
        return p.stringMatcher("request", URL, "https://cnexpress.co.uk/api/v1/requests/" + REQUEST_NO)
                .stringType("sender_name", "发件人1")
                .stringType("sender_phone_number", "01234567")
                .stringType("sender_address", "发件人地址测试英国地址")
                .stringType("receiver_name", "张三")
                .stringType("receiver_phone_number", "12345678911")
                .stringType("receiver_address", "黄浦江路33号")
                .stringType("receiver_city", "黄山市")
                .stringType("receiver_post_code", "200000")
                .stringType("receiver_id_number", "X40192928323")
                .stringMatcher("weight", DECIMAL_STRING, "4.00")
                .integerType("length", 20)
                .integerType("width", 20)
                .integerType("height", 20)
                .stringType("package_no", "1")
                .numberType("cost", 20.0)
                .minArrayLike("items", 1, i -> i
                        .stringMatcher("barcode", EAN_13, BARCODE)
                        .stringType("name", "爱他美奶粉1段")
                        .integerType("count", 6));
    }

    private static LambdaDslObject issuedPackageFields(LambdaDslObject p) {
        return p.stringMatcher("url", URL, "https://cnexpress.co.uk/api/v1/packages/" + REQUEST_NO + "-" + TRACKING_NO)
                .stringType("tracking_no", TRACKING_NO)
                .stringMatcher("waybill", URL, "https://cnexpress.co.uk/api/v1/waybills/" + REQUEST_NO + "-" + TRACKING_NO);
    }
}
