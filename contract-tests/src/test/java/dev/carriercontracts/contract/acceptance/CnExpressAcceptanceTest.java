package dev.carriercontracts.contract.acceptance;

import dev.carriercontracts.client.cnexpress.CnExpressClient;
import dev.carriercontracts.client.cnexpress.CnExpressException;
import dev.carriercontracts.client.cnexpress.api.CnExpressApi;
import dev.carriercontracts.client.cnexpress.model.NewItem;
import dev.carriercontracts.client.cnexpress.model.NewOrderRequest;
import dev.carriercontracts.client.cnexpress.model.NewPackage;
import dev.carriercontracts.client.cnexpress.model.OrderPackage;
import dev.carriercontracts.client.cnexpress.model.OrderRequest;
import dev.carriercontracts.client.cnexpress.model.RequestStatus;
import dev.carriercontracts.client.cnexpress.model.Tracking;
import dev.carriercontracts.contract.provider.AdminClient;
import dev.carriercontracts.contract.provider.ProviderUnderTest;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.clock.MockClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * End to end with the code other teams run: the generated CNExpress client, built by its own factory, against
 * the mock server in-process. The order flow to its final state, each failure path the magic values and the
 * default accounts open, on the virtual clock (moved through the admin API, then awaited); and once on real
 * time with the default delays, so the real waiting path runs too.
 */
class CnExpressAcceptanceTest {

    private static ProviderUnderTest server;
    private static AdminClient admin;
    private static CnExpressApi me;
    private static CnExpressApi live;

    @BeforeAll
    static void start() {
        server = ProviderUnderTest.start();
        admin = server.admin();
        me = CnExpressClient.create(server.baseUrl(Carrier.CNEXPRESS), "my_username", "my_password");
        live = CnExpressClient.create(server.baseUrl(Carrier.CNEXPRESS), "live_username", "live_password");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        admin.resetAll();
    }

    private static OrderRequest awaitStatus(CnExpressApi api, String requestNo, RequestStatus status) {
        return await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> api.getRequest(requestNo), request -> request.getStatus() == status);
    }

    @Test
    void the_seed_sample_order_succeeds_with_tracking_numbers_packages_and_pdf_waybills() {
        OrderRequest created = me.createRequest(seedSample());

        assertThat(created.getStatus()).isEqualTo(RequestStatus.CREATED);
        assertThat(created.getTestMode()).isTrue();
        assertThat(created.getTotalCost()).isEqualByComparingTo(new BigDecimal("33.0"));
        assertThat(created.getPackages()).extracting(OrderPackage::getCost)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("20.0"), new BigDecimal("13.0"));
        assertThat(created.getPackages().get(0).getItems()).extracting(i -> i.getName()).containsExactly("爱他美奶粉1段", "爱他美奶粉2段");
        String requestNo = created.getRequestNo();

        admin.advanceClock(Duration.ofSeconds(1));
        awaitStatus(me, requestNo, RequestStatus.WAITING);
        admin.advanceClock(Duration.ofSeconds(3));
        OrderRequest succeeded = awaitStatus(me, requestNo, RequestStatus.SUCCEEDED);

        assertThat(succeeded.getWaybills()).isNotNull();
        for (OrderPackage pkg : succeeded.getPackages()) {
            assertThat(pkg.getTrackingNo()).startsWith("TEST");
            assertThat(me.getPackage(requestNo, pkg.getTrackingNo()).getReceiverName()).isEqualTo(pkg.getReceiverName());
            assertThat(pdfHeader(me.getPackageWaybill(requestNo, pkg.getTrackingNo()))).isEqualTo("%PDF-");
        }
        assertThat(pdfHeader(me.getRequestWaybills(requestNo))).isEqualTo("%PDF-");
        assertThat(me.getAccount().getCredit()).isEqualByComparingTo(new BigDecimal("1046.0"));
    }

    @Test
    void a_live_order_spends_credit_and_is_tracked_until_delivered() {
        String requestNo = live.createRequest(order(6, "A-1", "1")).getRequestNo();
        admin.advanceClock(Duration.ofSeconds(4));
        String trackingNo = awaitStatus(live, requestNo, RequestStatus.SUCCEEDED).getPackages().get(0).getTrackingNo();

        Tracking first = live.getTracking(trackingNo);
        admin.advanceClock(Duration.ofDays(13));
        Tracking delivered = await().atMost(Duration.ofSeconds(5)).until(() -> live.getTracking(trackingNo), Tracking::getDelivered);

        assertThat(live.getAccount().getCredit()).isEqualByComparingTo(new BigDecimal("1026.0"));
        assertThat(first.getDelivered()).isFalse();
        assertThat(first.getProgress()).hasSize(1);
        assertThat(delivered.getProgress().size()).isGreaterThan(first.getProgress().size());
        assertThat(delivered.getProgress().get(delivered.getProgress().size() - 1).getDetail()).contains("签收");
    }

    @Test
    void an_order_no_starting_with_FAIL_ends_failed_with_an_error_message() {
        String requestNo = me.createRequest(order(6, "FAIL-1", "1")).getRequestNo();

        admin.advanceClock(Duration.ofSeconds(4));
        OrderRequest failed = awaitStatus(me, requestNo, RequestStatus.FAILED);

        assertThat(failed.getErrorMsg()).isNotBlank();
        assertThat(failed.getWaybills()).isNull();
        assertThat(failed.getPackages()).allSatisfy(p -> assertThat(p.getTrackingNo()).isNull());
        assertNotFound(() -> me.getRequestWaybills(requestNo));
    }

    @Test
    void a_package_no_starting_with_FAIL_ends_failed_naming_the_package() {
        String requestNo = me.createRequest(order(4, "A-2", "FAIL-7")).getRequestNo();

        admin.advanceClock(Duration.ofSeconds(4));

        assertThat(awaitStatus(me, requestNo, RequestStatus.FAILED).getErrorMsg()).startsWith("Package 1:").contains("FAIL-7");
    }

    @Test
    void a_live_account_without_enough_credit_is_refused() {
        CnExpressApi poor = CnExpressClient.create(server.baseUrl(Carrier.CNEXPRESS), "poor_username", "poor_password");

        assertThatThrownBy(() -> poor.createRequest(order(6, "A-3", "1"))).isInstanceOfSatisfying(CnExpressException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.detail()).startsWith("Insufficient credit");
        });
    }

    @Test
    void a_package_of_5_tins_and_a_refused_city_are_reported_per_parameter() {
        NewOrderRequest order = order(5, "A-4", "1");
        order.getPackages().get(0).receiverCity("香港");

        assertThatThrownBy(() -> me.createRequest(order)).isInstanceOfSatisfying(CnExpressException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.fieldErrors()).containsOnlyKeys("items", "receiver_city");
        });
    }

    @Test
    void a_wrong_password_is_refused() {
        CnExpressApi wrong = CnExpressClient.create(server.baseUrl(Carrier.CNEXPRESS), "my_username", "nope");

        assertThatThrownBy(wrong::getAccount).isInstanceOfSatisfying(CnExpressException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void on_real_time_an_order_waits_then_succeeds_with_the_default_delays() {
        try (MockServer realTime = MockServer.builder().host("127.0.0.1").port(0).clock(MockClock.system()).build().start()) {
            CnExpressApi api = CnExpressClient.create(realTime.baseUrl(Carrier.CNEXPRESS), "my_username", "my_password");
            String requestNo = api.createRequest(order(6, "RT-1", "1")).getRequestNo();

            OrderRequest succeeded = await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                    .until(() -> api.getRequest(requestNo), r -> r.getStatus() == RequestStatus.SUCCEEDED);

            String trackingNo = succeeded.getPackages().get(0).getTrackingNo();
            assertThat(pdfHeader(api.getPackageWaybill(requestNo, trackingNo))).isEqualTo("%PDF-");
        }
    }

    private static String pdfHeader(byte[] pdf) {
        return new String(pdf, 0, 5, StandardCharsets.US_ASCII);
    }

    private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CnExpressException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    private static NewOrderRequest order(int tins, String orderNo, String packageNo) {
        return new NewOrderRequest().routeCode("cnpost").orderNo(orderNo).packages(List.of(pkg(packageNo)
                .items(List.of(new NewItem().barcode("5000378998287").count(tins)))));
    }

    private static NewPackage pkg(String packageNo) {
        return new NewPackage()
                .senderName("发件人1").senderPhoneNumber("01234567").senderAddress("发件人地址测试英国地址")
                .receiverName("张三").receiverPhoneNumber("12345678911").receiverAddress("黄浦江路33号")
                .receiverCity("黄山市").receiverPostCode("200000").receiverIdNumber("X40192928323")
                .weight("4.00").length(20).width(20).height(20).packageNo(packageNo);
    }

    /** The seed's sample.json, built with the generated models. */
    private static NewOrderRequest seedSample() {
        NewPackage first = pkg("1").items(List.of(
                new NewItem().barcode("5000378998287").count(2),
                new NewItem().name("爱他美奶粉2段").count(4)));
        NewPackage second = new NewPackage()
                .senderName("Sender Name").senderPhoneNumber("1234891203471230").senderAddress("Sender Address in English")
                .receiverName("李四").receiverPhoneNumber("13901234567").receiverAddress("长安路22号")
                .receiverCity("北京").receiverPostCode("100000").receiverIdNumber("123239230921312")
                .weight("3.00").length(20).width(20).height(20)
                .items(List.of(new NewItem().name("爱他美奶粉3段").count(2), new NewItem().name("爱他美奶粉2段").count(1),
                        new NewItem().barcode("5000378998287").count(1)));
        return new NewOrderRequest().routeCode("cnpost").orderNo("1234567").packages(List.of(first, second));
    }
}
