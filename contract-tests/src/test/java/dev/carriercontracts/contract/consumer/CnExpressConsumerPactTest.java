package dev.carriercontracts.contract.consumer;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.HttpResponseBuilder;
import au.com.dius.pact.consumer.dsl.Matchers;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.carriercontracts.client.cnexpress.CnExpressClient;
import dev.carriercontracts.client.cnexpress.CnExpressException;
import dev.carriercontracts.client.cnexpress.api.CnExpressApi;
import dev.carriercontracts.client.cnexpress.model.Account;
import dev.carriercontracts.client.cnexpress.model.City;
import dev.carriercontracts.client.cnexpress.model.NewItem;
import dev.carriercontracts.client.cnexpress.model.NewOrderRequest;
import dev.carriercontracts.client.cnexpress.model.NewPackage;
import dev.carriercontracts.client.cnexpress.model.OrderPackage;
import dev.carriercontracts.client.cnexpress.model.OrderRequest;
import dev.carriercontracts.client.cnexpress.model.Product;
import dev.carriercontracts.client.cnexpress.model.RequestStatus;
import dev.carriercontracts.client.cnexpress.model.Route;
import dev.carriercontracts.client.cnexpress.model.Tracking;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static dev.carriercontracts.contract.consumer.CnExpressBodies.BARCODE;
import static dev.carriercontracts.contract.consumer.CnExpressBodies.PDF;
import static dev.carriercontracts.contract.consumer.CnExpressBodies.REQUEST_NO;
import static dev.carriercontracts.contract.consumer.CnExpressBodies.REQUEST_NO_FORMAT;
import static dev.carriercontracts.contract.consumer.CnExpressBodies.TRACKING_NO;
import static dev.carriercontracts.contract.consumer.PactConventions.NO_RETRIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the generated CNExpress client expects from CNExpress: every operation of carrier-specs/cnexpress.yaml,
 * its success and its main errors (wrong credentials, a refused order, unknown resources), written as a pact
 * between carrier-client-cnexpress and cnexpress. Provider states: ../../PROVIDER_STATES.md.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = CnExpressConsumerPactTest.PROVIDER, pactVersion = PactSpecVersion.V4)
class CnExpressConsumerPactTest {

    static final String PROVIDER = "cnexpress";
    static final String CONSUMER = "carrier-client-cnexpress";
    private static final String BASE_PATH = "/cnexpress/api/v1";

    private static final String USER = "my_username";
    private static final String PASSWORD = "my_password";
    private static final String WRONG_PASSWORD = "not-my-password";

    private static final String SUCCEEDED = "a CNExpress request has succeeded";
    private static final String FAILED = "a CNExpress request has failed";
    private static final String NOT_PROCESSED = "a CNExpress request has been created and is not processed yet";
    private static final String LIVE_PACKAGE = "a CNExpress live package is being tracked";
    /** Parameters of the request states: whose request, and how many packages it holds. */
    private static final Map<String, Object> ONE_PACKAGE = Map.of("credential", USER, "packages", 1);

    // ---------------------------------------------------------------- account

    @Pact(consumer = CONSUMER)
    V4Pact account(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for the account", http -> http
                .withRequest(get("/account"))
                .willRespondWith(res -> res.status(200).body(CnExpressBodies.account()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "account")
    void account_shows_the_credit_and_its_currency(MockServer server) {
        Account account = client(server).getAccount();

        assertThat(account.getUsername()).isEqualTo(USER);
        assertThat(account.getCredit()).isNotNull();
        assertThat(account.getCurrency()).isEqualTo("GBP");
    }

    @Pact(consumer = CONSUMER)
    V4Pact accountWithWrongPassword(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for the account with a wrong password", http -> http
                .withRequest(req -> req.method("GET").path(BASE_PATH + "/account")
                        .header("Authorization", basic(USER, WRONG_PASSWORD)))
                .willRespondWith(res -> res.status(401)
                        .header("WWW-Authenticate", Matchers.regexp("Basic realm=.+", "Basic realm=\"api\""))
                        .body(CnExpressBodies.detail("Invalid username/password.")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "accountWithWrongPassword")
    void wrong_password_is_refused_with_401(MockServer server) {
        CnExpressApi api = CnExpressClient.create(server.getUrl() + BASE_PATH, USER, WRONG_PASSWORD, NO_RETRIES);

        assertThatThrownBy(api::getAccount).isInstanceOfSatisfying(CnExpressException.class, refused -> {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.detail()).isNotBlank();
        });
    }

    // ---------------------------------------------------------------- catalogues

    @Pact(consumer = CONSUMER)
    V4Pact products(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for the shippable products", http -> http
                .withRequest(get("/products"))
                .willRespondWith(res -> res.status(200).body(CnExpressBodies.products()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "products")
    void products_list_names_and_barcodes(MockServer server) {
        List<Product> products = client(server).listProducts();

        assertThat(products).isNotEmpty().allSatisfy(product -> {
            assertThat(product.getName()).isNotBlank();
            assertThat(product.getBarcode()).hasSize(13);
        });
    }

    @Pact(consumer = CONSUMER)
    V4Pact product(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for a shippable product", http -> http
                .withRequest(get("/products/" + BARCODE))
                .willRespondWith(res -> res.status(200).body(CnExpressBodies.product()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "product")
    void a_shippable_product_is_found_by_barcode(MockServer server) {
        Product product = client(server).getProduct(BARCODE);

        assertThat(product.getBarcode()).isEqualTo(BARCODE);
        assertThat(product.getName()).isNotBlank();
    }

    @Pact(consumer = CONSUMER)
    V4Pact unknownProduct(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for a product CNExpress does not ship", http -> http
                .withRequest(get("/products/4006381333931"))
                .willRespondWith(res -> res.status(404).body(CnExpressBodies.detail("Not found.")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "unknownProduct")
    void a_product_cnexpress_does_not_ship_is_not_found(MockServer server) {
        assertNotFound(() -> client(server).getProduct("4006381333931"));
    }

    @Pact(consumer = CONSUMER)
    V4Pact cities(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for the receiver cities", http -> http
                .withRequest(get("/cities"))
                .willRespondWith(res -> res.status(200).body(CnExpressBodies.cities()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "cities")
    void cities_come_as_a_tree_of_names(MockServer server) {
        List<City> provinces = client(server).listCities();

        assertThat(provinces).isNotEmpty().allSatisfy(city -> assertThat(city.getName()).isNotBlank());
    }

    @Pact(consumer = CONSUMER)
    V4Pact routes(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for the shipping lines", http -> http
                .withRequest(get("/routes"))
                .willRespondWith(res -> res.status(200).body(CnExpressBodies.routes()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "routes")
    void routes_list_their_codes(MockServer server) {
        List<Route> routes = client(server).listRoutes();

        assertThat(routes).isNotEmpty().allSatisfy(route -> assertThat(route.getCode()).isNotBlank());
    }

    @Pact(consumer = CONSUMER)
    V4Pact route(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for a supported shipping line", http -> http
                .withRequest(get("/routes/cnpost"))
                .willRespondWith(res -> res.status(200).body(CnExpressBodies.route()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "route")
    void a_supported_route_is_found_by_code(MockServer server) {
        assertThat(client(server).getRoute("cnpost").getCode()).isEqualTo("cnpost");
    }

    @Pact(consumer = CONSUMER)
    V4Pact unknownRoute(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for a shipping line CNExpress does not run", http -> http
                .withRequest(get("/routes/no-such-route"))
                .willRespondWith(res -> res.status(404).body(CnExpressBodies.detail("Not found.")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "unknownRoute")
    void a_route_cnexpress_does_not_run_is_not_found(MockServer server) {
        assertNotFound(() -> client(server).getRoute("no-such-route"));
    }

    // ---------------------------------------------------------------- order requests

    @Pact(consumer = CONSUMER)
    V4Pact createRequest(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("an order request for one package of 6 tins", http -> http
                .withRequest(post("/requests", CnExpressBodies.newOrderRequest(6)))
                .willRespondWith(res -> res.status(201).body(CnExpressBodies.createdRequest()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createRequest")
    void a_valid_order_request_is_created_without_tracking_numbers(MockServer server) {
        OrderRequest created = client(server).createRequest(orderOfTins(6));

        assertThat(created.getStatus()).isEqualTo(RequestStatus.CREATED);
        assertThat(created.getRequestNo()).matches(REQUEST_NO_FORMAT);
        assertThat(created.getPackages()).isNotEmpty()
                .allSatisfy(pkg -> assertThat(pkg.getTrackingNo()).isNull());
    }

    @Pact(consumer = CONSUMER)
    V4Pact createRequestWithWrongTinCount(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("an order request for a package of 5 tins", http -> http
                .withRequest(post("/requests", CnExpressBodies.newOrderRequest(5)))
                .willRespondWith(res -> res.status(400).body(CnExpressBodies.fieldErrors("items",
                        "Package 1: the item counts add up to 5; a package must hold 4 or 6 tins.")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createRequestWithWrongTinCount")
    void a_package_of_5_tins_is_refused_with_the_reason_under_items(MockServer server) {
        assertThatThrownBy(() -> client(server).createRequest(orderOfTins(5)))
                .isInstanceOfSatisfying(CnExpressException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.fieldErrors()).containsKey("items");
                    assertThat(refused.fieldErrors().get("items")).isNotEmpty();
                });
    }

    @Pact(consumer = CONSUMER)
    V4Pact createRequestWithWrongPassword(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("an order request with a wrong password", http -> http
                .withRequest(req -> req.method("POST").path(BASE_PATH + "/requests")
                        .header("Authorization", basic(USER, WRONG_PASSWORD))
                        .body(CnExpressBodies.newOrderRequest(6)))
                .willRespondWith(res -> res.status(401)
                        .header("WWW-Authenticate", Matchers.regexp("Basic realm=.+", "Basic realm=\"api\""))
                        .body(CnExpressBodies.detail("Invalid username/password.")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createRequestWithWrongPassword")
    void an_order_request_with_a_wrong_password_is_refused_with_401(MockServer server) {
        CnExpressApi api = CnExpressClient.create(server.getUrl() + BASE_PATH, USER, WRONG_PASSWORD, NO_RETRIES);

        assertThatThrownBy(() -> api.createRequest(orderOfTins(6)))
                .isInstanceOfSatisfying(CnExpressException.class, refused -> assertThat(refused.status()).isEqualTo(401));
    }

    @Pact(consumer = CONSUMER)
    V4Pact succeededRequest(PactBuilder builder) {
        return builder.given(SUCCEEDED, ONE_PACKAGE)
                .expectsToReceiveHttpInteraction("a request for an order request that has succeeded", http -> http
                        .withRequest(getFromState("/requests/${requestNo}", "/requests/" + REQUEST_NO))
                        .willRespondWith(res -> res.status(200).body(CnExpressBodies.succeededRequest()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "succeededRequest")
    void a_succeeded_request_has_tracking_numbers_and_waybills(MockServer server) {
        OrderRequest request = client(server).getRequest(REQUEST_NO);

        assertThat(request.getStatus()).isEqualTo(RequestStatus.SUCCEEDED);
        assertThat(request.getWaybills()).isNotNull();
        assertThat(request.getPackages()).isNotEmpty().allSatisfy(pkg -> {
            assertThat(pkg.getTrackingNo()).isNotBlank();
            assertThat(pkg.getWaybill()).isNotNull();
        });
    }

    @Pact(consumer = CONSUMER)
    V4Pact failedRequest(PactBuilder builder) {
        return builder.given(FAILED, ONE_PACKAGE)
                .expectsToReceiveHttpInteraction("a request for an order request that has failed", http -> http
                        .withRequest(getFromState("/requests/${requestNo}", "/requests/" + REQUEST_NO))
                        .willRespondWith(res -> res.status(200).body(CnExpressBodies.failedRequest()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "failedRequest")
    void a_failed_request_says_why_and_has_no_tracking_numbers(MockServer server) {
        OrderRequest request = client(server).getRequest(REQUEST_NO);

        assertThat(request.getStatus()).isEqualTo(RequestStatus.FAILED);
        assertThat(request.getErrorMsg()).isNotBlank();
        assertThat(request.getPackages()).allSatisfy(pkg -> assertThat(pkg.getTrackingNo()).isNull());
    }

    @Pact(consumer = CONSUMER)
    V4Pact unknownRequest(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for an order request the account does not have", http -> http
                .withRequest(get("/requests/CE20990101000000001"))
                .willRespondWith(res -> res.status(404).body(CnExpressBodies.detail("Not found.")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "unknownRequest")
    void an_unknown_request_number_is_not_found(MockServer server) {
        assertNotFound(() -> client(server).getRequest("CE20990101000000001"));
    }

    // ---------------------------------------------------------------- packages and waybills

    @Pact(consumer = CONSUMER)
    V4Pact issuedPackage(PactBuilder builder) {
        return builder.given(SUCCEEDED, ONE_PACKAGE)
                .expectsToReceiveHttpInteraction("a request for a package of a succeeded request", http -> http
                        .withRequest(getFromState("/packages/${requestNo}-${trackingNo}", "/packages/" + REQUEST_NO + "-" + TRACKING_NO))
                        .willRespondWith(res -> res.status(200).body(CnExpressBodies.issuedPackage()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "issuedPackage")
    void a_package_is_addressed_by_request_and_tracking_number_joined_by_a_dash(MockServer server) {
        OrderPackage pkg = client(server).getPackage(REQUEST_NO, TRACKING_NO);

        assertThat(pkg.getTrackingNo()).isNotBlank();
        assertThat(pkg.getItems()).isNotEmpty();
    }

    @Pact(consumer = CONSUMER)
    V4Pact unknownPackage(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for a package the account does not have", http -> http
                .withRequest(get("/packages/CE20990101000000001-TEST000000001"))
                .willRespondWith(res -> res.status(404).body(CnExpressBodies.detail("Not found.")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "unknownPackage")
    void an_unknown_package_is_not_found(MockServer server) {
        assertNotFound(() -> client(server).getPackage("CE20990101000000001", "TEST000000001"));
    }

    @Pact(consumer = CONSUMER)
    V4Pact packageWaybill(PactBuilder builder) {
        return builder.given(SUCCEEDED, ONE_PACKAGE)
                .expectsToReceiveHttpInteraction("a download of the waybill of a package", http -> http
                        .withRequest(getFromState("/waybills/${requestNo}-${trackingNo}", "/waybills/" + REQUEST_NO + "-" + TRACKING_NO))
                        .willRespondWith(res -> pdf(res.status(200), REQUEST_NO + "-" + TRACKING_NO))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "packageWaybill")
    void the_waybill_of_a_package_comes_back_as_the_pdf_bytes(MockServer server) {
        byte[] waybill = client(server).getPackageWaybill(REQUEST_NO, TRACKING_NO);

        assertThat(waybill).isEqualTo(PDF);
        assertThat(new String(waybill, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Pact(consumer = CONSUMER)
    V4Pact unknownPackageWaybill(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a download of the waybill of a package the account does not have", http -> http
                .withRequest(get("/waybills/CE20990101000000001-TEST000000001"))
                .willRespondWith(res -> res.status(404).body(CnExpressBodies.detail("Not found.")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "unknownPackageWaybill")
    void the_waybill_of_an_unknown_package_is_not_found(MockServer server) {
        assertNotFound(() -> client(server).getPackageWaybill("CE20990101000000001", "TEST000000001"));
    }

    @Pact(consumer = CONSUMER)
    V4Pact requestWaybills(PactBuilder builder) {
        return builder.given(SUCCEEDED, ONE_PACKAGE)
                .expectsToReceiveHttpInteraction("a download of the merged waybills of a succeeded request", http -> http
                        .withRequest(getFromState("/waybills/request/${requestNo}", "/waybills/request/" + REQUEST_NO))
                        .willRespondWith(res -> pdf(res.status(200), REQUEST_NO))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "requestWaybills")
    void the_merged_waybills_of_a_request_come_back_as_the_pdf_bytes(MockServer server) {
        assertThat(client(server).getRequestWaybills(REQUEST_NO)).isEqualTo(PDF);
    }

    @Pact(consumer = CONSUMER)
    V4Pact waybillsBeforeSuccess(PactBuilder builder) {
        return builder.given(NOT_PROCESSED, Map.of("credential", USER))
                .expectsToReceiveHttpInteraction("a download of the merged waybills of a request not processed yet", http -> http
                        .withRequest(getFromState("/waybills/request/${requestNo}", "/waybills/request/" + REQUEST_NO))
                        .willRespondWith(res -> res.status(404).body(CnExpressBodies.detail("Not found.")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "waybillsBeforeSuccess")
    void merged_waybills_are_not_found_before_the_request_succeeds(MockServer server) {
        assertNotFound(() -> client(server).getRequestWaybills(REQUEST_NO));
    }

    // ---------------------------------------------------------------- tracking

    @Pact(consumer = CONSUMER)
    V4Pact tracking(PactBuilder builder) {
        return builder.given(LIVE_PACKAGE, Map.of())
                .expectsToReceiveHttpInteraction("a request for the tracking of a live package", http -> http
                        .withRequest(getFromState("/tracking/${trackingNo}", "/tracking/CNE100000001"))
                        .willRespondWith(res -> res.status(200).body(CnExpressBodies.tracking()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "tracking")
    void tracking_lists_the_progress_of_a_live_package(MockServer server) {
        Tracking tracking = client(server).getTracking("CNE100000001");

        assertThat(tracking.getTrackingNo()).isEqualTo("CNE100000001");
        assertThat(tracking.getProgress()).isNotEmpty()
                .allSatisfy(event -> assertThat(event.getDetail()).isNotBlank());
    }

    @Pact(consumer = CONSUMER)
    V4Pact trackingOfTestNumber(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for the tracking of a test tracking number", http -> http
                .withRequest(get("/tracking/" + TRACKING_NO))
                .willRespondWith(res -> res.status(404).body(CnExpressBodies.detail("Not found.")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "trackingOfTestNumber")
    void test_tracking_numbers_are_unknown_to_the_tracking_system(MockServer server) {
        assertNotFound(() -> client(server).getTracking(TRACKING_NO));
    }

    // ---------------------------------------------------------------- helpers

    private static CnExpressApi client(MockServer server) {
        return CnExpressClient.create(server.getUrl() + BASE_PATH, USER, PASSWORD, NO_RETRIES);
    }

    private static RequestStep get(String path) {
        return request("GET", path);
    }

    private static RequestStep request(String method, String path) {
        return req -> req.method(method).path(BASE_PATH + path).header("Authorization", basic(USER, PASSWORD));
    }

    /** A GET whose path holds numbers the provider issued while setting up the state. */
    private static RequestStep getFromState(String expression, String example) {
        return req -> req.method("GET")
                .path(Matchers.fromProviderState(BASE_PATH + expression, BASE_PATH + example))
                .header("Authorization", basic(USER, PASSWORD));
    }

    private static RequestStep post(String path, DslPart body) {
        return request("POST", path).andThen(req -> req.body(body));
    }

    /**
     * A PDF download as CNExpress sends it: application/octet-stream with an attachment file name. Pact sniffs
     * the bytes of a binary body, so the body is declared (and matched) as application/pdf, and the header is
     * then set back to what the carrier sends (see ../shared/TOOLCHAIN.md).
     */
    private static HttpResponseBuilder pdf(HttpResponseBuilder res, String fileName) {
        res.bodyMatchingContentType("application/pdf", PDF);
        return res.header("content-type", "application/octet-stream")
                .header("Content-Disposition", Matchers.regexp("attachment; filename=.+\\.pdf", "attachment; filename=" + fileName + ".pdf"));
    }

    private static NewOrderRequest orderOfTins(int tins) {
        return new NewOrderRequest().routeCode("cnpost").orderNo("1234567").packages(List.of(new NewPackage()
                .senderName("发件人1").senderPhoneNumber("01234567").senderAddress("发件人地址测试英国地址")
                .receiverName("张三").receiverPhoneNumber("12345678911").receiverAddress("黄浦江路33号")
                .receiverCity("黄山市").receiverPostCode("200000").receiverIdNumber("X40192928323")
                .weight("4.00").length(20).width(20).height(20).packageNo("1")
                .items(List.of(new NewItem().barcode(BARCODE).count(tins)))));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CnExpressException.class, refused -> {
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.detail()).isNotBlank();
        });
    }
}
