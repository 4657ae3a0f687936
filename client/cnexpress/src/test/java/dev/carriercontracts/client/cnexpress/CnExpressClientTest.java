package dev.carriercontracts.client.cnexpress;

import dev.carriercontracts.client.cnexpress.api.CnExpressApi;
import dev.carriercontracts.client.cnexpress.model.Account;
import dev.carriercontracts.client.cnexpress.model.City;
import dev.carriercontracts.client.cnexpress.model.NewItem;
import dev.carriercontracts.client.cnexpress.model.NewOrderRequest;
import dev.carriercontracts.client.cnexpress.model.NewPackage;
import dev.carriercontracts.client.cnexpress.model.OrderPackage;
import dev.carriercontracts.client.cnexpress.model.OrderRequest;
import dev.carriercontracts.client.cnexpress.model.RequestStatus;
import dev.carriercontracts.client.cnexpress.model.Tracking;
import dev.carriercontracts.client.core.ClientOptions;
import dev.carriercontracts.client.core.RetryPolicy;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the generated CNExpress client puts on the wire and how it reads the answers, against a local HTTP peer. */
class CnExpressClientTest {

    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("my_username:my_password".getBytes(StandardCharsets.UTF_8));
    private static final String REQUEST_NO = "CE20170804000000004";

    private final MockWebServer carrier = new MockWebServer();
    private CnExpressApi api;

    @BeforeEach
    void start() throws IOException {
        carrier.start();
        api = CnExpressClient.create(carrier.url("/api/v1").toString(), "my_username", "my_password",
                ClientOptions.defaults().withRetryPolicy(RetryPolicy.disabled()));
    }

    @AfterEach
    void stop() throws IOException {
        carrier.shutdown();
    }

    private void answer(int status, String json) {
        carrier.enqueue(new MockResponse().setResponseCode(status)
                .setHeader("Content-Type", "application/json").setBody(json));
    }

    private RecordedRequest sent() throws InterruptedException {
        return carrier.takeRequest();
    }

    @Test
    void get_account_sends_basic_auth_and_decodes_the_credit() throws Exception {
        answer(200, "{\"credit\": 1046.0, \"currency\": \"GBP\", \"username\": \"my_username\"}");

        Account account = api.getAccount();

        RecordedRequest request = sent();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/api/v1/account");
        assertThat(request.getHeader("Authorization")).isEqualTo(BASIC);
        assertThat(request.getHeader("Accept")).contains("application/json");
        assertThat(account.getCredit()).isEqualByComparingTo("1046.0");
        assertThat(account.getCurrency()).isEqualTo("GBP");
        assertThat(account.getUsername()).isEqualTo("my_username");
    }

    @Test
    void catalogue_calls_hit_their_paths_and_decode_lists_and_the_city_tree() throws Exception {
        answer(200, "[{\"url\": \"https://cnexpress.co.uk/api/v1/products/5000378998287\", \"name\": \"爱他美奶粉1段\", \"barcode\": \"5000378998287\"}]");
        answer(200, "{\"url\": \"https://cnexpress.co.uk/api/v1/products/5000378998287\", \"name\": \"爱他美奶粉1段\", \"barcode\": \"5000378998287\"}");
        answer(200, "[{\"name\": \"北京\", \"contains\": [{\"name\": \"北京\", \"contains\": [{\"name\": \"西城区\"}]}]}]");
        answer(200, "[{\"url\": \"https://cnexpress.co.uk/api/v1/routes/cnpost\", \"name\": \"邮政线\", \"code\": \"cnpost\"}]");
        answer(200, "{\"url\": \"https://cnexpress.co.uk/api/v1/routes/cnpost\", \"name\": \"邮政线\", \"code\": \"cnpost\"}");

        assertThat(api.listProducts()).singleElement().satisfies(p -> assertThat(p.getName()).isEqualTo("爱他美奶粉1段"));
        assertThat(api.getProduct("5000378998287").getBarcode()).isEqualTo("5000378998287");
        List<City> cities = api.listCities();
        assertThat(cities.get(0).getContains().get(0).getContains().get(0).getName()).isEqualTo("西城区");
        assertThat(api.listRoutes()).singleElement().satisfies(r -> assertThat(r.getCode()).isEqualTo("cnpost"));
        assertThat(api.getRoute("cnpost").getName()).isEqualTo("邮政线");

        assertThat(List.of(sent().getPath(), sent().getPath(), sent().getPath(), sent().getPath(), sent().getPath()))
                .containsExactly("/api/v1/products", "/api/v1/products/5000378998287", "/api/v1/cities",
                        "/api/v1/routes", "/api/v1/routes/cnpost");
    }

    @Test
    void create_request_posts_the_order_as_json_without_absent_fields() throws Exception {
        answer(201, """
                {"creation_date": "2017-08-04T16:11:24.442102Z", "error_msg": null, "route_code": "cnpost",
                 "order_no": "1234567", "packages": [], "request_no": "CE20170804000000004", "status": "Created",
                 "test_mode": true, "total_cost": 33.0,
                 "url": "https://cnexpress.co.uk/api/v1/requests/CE20170804000000004", "waybills": null}""");

        OrderRequest created = api.createRequest(new NewOrderRequest()
                .routeCode("cnpost")
                .orderNo("1234567")
                .packages(List.of(new NewPackage()
                        .senderName("发件人1").senderPhoneNumber("01234567").senderAddress("发件人地址测试英国地址")
                        .receiverName("张三").receiverPhoneNumber("12345678911").receiverAddress("黄浦江路33号")
                        .receiverCity("黄山市").receiverPostCode("200000").receiverIdNumber("X40192928323")
                        .weight("4.00").length(20).width(20).height(20)
                        .items(List.of(new NewItem().barcode("5000378998287").count(2),
                                new NewItem().name("爱他美奶粉2段").count(4))))));

        RecordedRequest request = sent();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/api/v1/requests");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(request.getHeader("Authorization")).isEqualTo(BASIC);
        String body = request.getBody().readUtf8();
        assertThat(body)
                .contains("\"route_code\":\"cnpost\"", "\"receiver_city\":\"黄山市\"", "\"weight\":\"4.00\"",
                        "{\"barcode\":\"5000378998287\",\"count\":2}", "{\"name\":\"爱他美奶粉2段\",\"count\":4}")
                .doesNotContain("null", "package_no");
        assertThat(created.getRequestNo()).isEqualTo(REQUEST_NO);
        assertThat(created.getStatus()).isEqualTo(RequestStatus.CREATED);
        assertThat(created.getTotalCost()).isEqualByComparingTo(new BigDecimal("33.0"));
        assertThat(created.getWaybills()).isNull();
    }

    @Test
    void package_path_joins_request_and_tracking_number_with_a_dash() throws Exception {
        answer(200, """
                {"cost": 20.0, "height": 20, "items": [{"count": 2, "name": "爱他美奶粉1段", "barcode": "5000378998287"}],
                 "length": 20, "receiver_address": "黄浦江路33号", "receiver_city": "黄山市", "receiver_id_number": "X40192928323",
                 "receiver_name": "张三", "receiver_phone_number": "12345678911", "receiver_post_code": "200000",
                 "request": "https://cnexpress.co.uk/api/v1/requests/CE20170804000000004", "sender_address": "发件人地址测试英国地址",
                 "sender_name": "发件人1", "sender_phone_number": "01234567", "tracking_no": "TEST000000001", "package_no": "1",
                 "url": "https://cnexpress.co.uk/api/v1/packages/CE20170804000000004-TEST000000001",
                 "waybill": "https://cnexpress.co.uk/api/v1/waybills/CE20170804000000004-TEST000000001",
                 "weight": "4.00", "width": 20}""");

        OrderPackage pkg = api.getPackage(REQUEST_NO, "TEST000000001");

        assertThat(sent().getPath()).isEqualTo("/api/v1/packages/CE20170804000000004-TEST000000001");
        assertThat(pkg.getTrackingNo()).isEqualTo("TEST000000001");
        assertThat(pkg.getWeight()).isEqualTo("4.00");
        assertThat(pkg.getItems()).singleElement().satisfies(i -> assertThat(i.getCount()).isEqualTo(2));
    }

    @Test
    void waybill_pdfs_come_back_byte_for_byte() throws Exception {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < 2; i++) {
            carrier.enqueue(new MockResponse().setHeader("Content-Type", "application/octet-stream")
                    .setHeader("Content-Disposition", "attachment; filename=CE20170804000000004-TEST000000001.pdf")
                    .setBody(new Buffer().write(pdf)));
        }

        assertThat(api.getPackageWaybill(REQUEST_NO, "TEST000000001")).isEqualTo(pdf);
        assertThat(api.getRequestWaybills(REQUEST_NO)).isEqualTo(pdf);
        assertThat(sent().getPath()).isEqualTo("/api/v1/waybills/CE20170804000000004-TEST000000001");
        assertThat(sent().getPath()).isEqualTo("/api/v1/waybills/request/CE20170804000000004");
    }

    @Test
    void tracking_decodes_progress_events() throws Exception {
        answer(200, """
                {"delivered": true, "progress": [{"detail": "英国包裹信息与面单已生成", "time": "2017-05-05T14:13:33.313612Z"},
                 {"detail": "[福建省XX市公司]快件已被 已签收 签收", "time": "2017-05-18T18:47:03+08:00"}],
                 "timestamp": "2017-08-16T20:16:07.839199Z", "tracking_no": "CX123456789GB"}""");

        Tracking tracking = api.getTracking("CX123456789GB");

        assertThat(sent().getPath()).isEqualTo("/api/v1/tracking/CX123456789GB");
        assertThat(tracking.getDelivered()).isTrue();
        assertThat(tracking.getProgress()).hasSize(2);
        assertThat(tracking.getProgress().get(1).getTime().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
    }

    @Test
    void an_unknown_request_status_does_not_break_decoding() {
        answer(200, "{\"request_no\": \"CE20170804000000004\", \"status\": \"Cancelled\", \"packages\": [], \"test_mode\": true}");

        assertThat(api.getRequest(REQUEST_NO).getStatus()).isEqualTo(RequestStatus.UNKNOWN_DEFAULT_OPEN_API);
    }

    @Test
    void validation_errors_become_a_typed_exception_with_the_reasons_per_field() {
        answer(400, "{\"detail\": \"Invalid request.\", \"receiver_city\": [\"Package 1: 香港 cannot be used as a receiver city.\"]}");

        assertThatThrownBy(() -> api.createRequest(new NewOrderRequest().packages(List.of())))
                .isInstanceOfSatisfying(CnExpressException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.detail()).isEqualTo("Invalid request.");
                    assertThat(e.fieldErrors()).containsEntry("receiver_city",
                            List.of("Package 1: 香港 cannot be used as a receiver city."));
                    assertThat(e.carrierCode()).isEmpty();
                });
    }

    @Test
    void refused_credentials_and_unknown_numbers_become_typed_exceptions() {
        carrier.enqueue(new MockResponse().setResponseCode(401).setHeader("WWW-Authenticate", "Basic realm=\"api\"")
                .setHeader("Content-Type", "application/json").setBody("{\"detail\": \"Invalid username/password.\"}"));
        answer(404, "{\"detail\": \"Not found.\"}");

        assertThatThrownBy(() -> api.getAccount())
                .isInstanceOfSatisfying(CnExpressException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.detail()).isEqualTo("Invalid username/password.");
                });
        assertThatThrownBy(() -> api.getRequest("CE20990101000000001"))
                .isInstanceOfSatisfying(CnExpressException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.detail()).isEqualTo("Not found.");
                    assertThat(e.fieldErrors()).isEmpty();
                });
    }

    @Test
    void a_non_json_error_body_still_gives_a_readable_exception() {
        carrier.enqueue(new MockResponse().setResponseCode(502).setBody("Bad Gateway"));

        assertThatThrownBy(() -> api.getAccount())
                .isInstanceOfSatisfying(CnExpressException.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.detail()).isEqualTo("Bad Gateway");
                });
    }
}
