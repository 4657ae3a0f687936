package dev.carriercontracts.contract.acceptance;

import dev.carriercontracts.client.cj.CjClient;
import dev.carriercontracts.client.cj.CjException;
import dev.carriercontracts.client.cj.api.CjLogisticsApi;
import dev.carriercontracts.client.cj.model.FreightCalculateRequest;
import dev.carriercontracts.client.cj.model.FreightQuote;
import dev.carriercontracts.client.cj.model.FreightTipQuery;
import dev.carriercontracts.client.cj.model.FreightTipQuote;
import dev.carriercontracts.client.cj.model.FreightTipRequest;
import dev.carriercontracts.client.cj.model.FreightTrialSku;
import dev.carriercontracts.client.cj.model.IossType;
import dev.carriercontracts.client.cj.model.PartnerFreightQuote;
import dev.carriercontracts.client.cj.model.PartnerFreightRequest;
import dev.carriercontracts.client.cj.model.RuleTipType;
import dev.carriercontracts.client.cj.model.SupplierTemplateGroup;
import dev.carriercontracts.client.cj.model.SupplierTemplateRequest;
import dev.carriercontracts.client.cj.model.TrackInfo;
import dev.carriercontracts.client.cj.model.VariantQuantity;
import dev.carriercontracts.client.core.ClientOptions;
import dev.carriercontracts.client.core.RetryPolicy;
import dev.carriercontracts.contract.provider.AdminClient;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.clock.MockClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The generated CJ client, built by its own factory, against the mock server in-process: freight quotes, supplier
 * templates, a parcel tracked to its final status on the virtual clock (moved through the admin API), each
 * failure path asked for with the mock's magic values, and once on real time with the default delays.
 */
class CjAcceptanceTest {

    private static final String TOKEN = "cj-test-access-token";
    private static final String SEED_VID = "439FC05B-1311-4349-87FA-1E1EF942C418";
    private static final ClientOptions NO_RETRIES = ClientOptions.defaults().withRetryPolicy(RetryPolicy.disabled());

    private static MockServer server;
    private static AdminClient admin;
    private static CjLogisticsApi cj;

    @BeforeAll
    static void start() {
        server = MockServer.builder().host("127.0.0.1").port(0)
                .clock(MockClock.virtual(Instant.parse("2026-03-02T08:00:00Z"))).build().start();
        admin = new AdminClient(server.baseUrl());
        cj = CjClient.create(server.baseUrl(Carrier.CJ), TOKEN, NO_RETRIES);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        admin.resetAll();
    }

    private static String status(String trackNumber) {
        List<TrackInfo> data = cj.trackInfo(List.of(trackNumber)).getData();
        assertThat(data).as(trackNumber).hasSize(1);
        return data.get(0).getTrackingStatus();
    }

    private static int code(Throwable thrown) {
        return ((CjException) thrown).code().orElseThrow();
    }

    // ---------------------------------------------------------------- tracking

    @Test
    void a_parcel_is_tracked_from_shipping_to_delivery() {
        String number = "CJPKL7160102171YQ";
        assertThat(status(number)).isEqualTo("Pending");

        admin.advanceClock(Duration.ofSeconds(1));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(status(number)).isEqualTo("In transit"));
        admin.advanceClock(Duration.ofSeconds(2));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(status(number)).isEqualTo("Delivered"));

        TrackInfo parcel = cj.trackInfo(List.of(number)).getData().get(0);
        assertThat(parcel.getLogisticName()).isEqualTo("CJPacket Sensitive");
        assertThat(parcel.getTrackingFrom()).isEqualTo("CN");
        assertThat(parcel.getLastMileCarrier()).isEqualTo("CJPacket");
        assertThat(admin.entities("cj").path("entities").get(0).path("state").asText()).isEqualTo("Delivered");
    }

    @Test
    void a_parcel_whose_number_contains_exception_ends_in_exception() {
        String number = "CJPKP2000EXCEPTION";
        status(number);
        admin.advanceClock(Duration.ofSeconds(3));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(status(number)).isEqualTo("Exception"));
    }

    @Test
    void a_parcel_whose_number_contains_return_goes_back_to_the_sender() {
        String number = "CJPKP2000RETURN";
        status(number);
        admin.advanceClock(Duration.ofSeconds(5));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(status(number)).isEqualTo("Returned"));
    }

    @Test
    void a_forced_status_is_what_the_client_reads() {
        String number = "CJPKO3000000003";
        status(number);
        admin.forceState("cj", "parcel", number, "Exception");

        assertThat(status(number)).isEqualTo("Exception");
    }

    @Test
    void unknown_numbers_are_left_out_and_the_deprecated_interface_agrees() {
        @SuppressWarnings("deprecation")
        List<TrackInfo> old = cj.getTrackInfo(List.of("NOTFOUND-1", "CJPKL0000000000XX", "CJPKP4000000004")).getData();

        assertThat(old).extracting(TrackInfo::getTrackingNumber).containsExactly("CJPKP4000000004");
        assertThat(cj.trackInfo(List.of("NOTFOUND-1")).getData()).isEmpty();
    }

    // ---------------------------------------------------------------- freight

    @Test
    void freight_is_quoted_per_channel_and_grows_with_weight() {
        List<FreightQuote> one = cj.freightCalculate(new FreightCalculateRequest().startCountryCode("CN").endCountryCode("US")
                .products(List.of(new VariantQuantity().vid(SEED_VID).quantity(1)))).getData();
        List<FreightQuote> five = cj.freightCalculate(new FreightCalculateRequest().startCountryCode("CN").endCountryCode("US")
                .products(List.of(new VariantQuantity().vid(SEED_VID).quantity(5)))).getData();

        assertThat(one).isNotEmpty();
        for (FreightQuote quote : one) {
            BigDecimal heavier = five.stream().filter(q -> q.getLogisticName().equals(quote.getLogisticName()))
                    .findFirst().orElseThrow().getLogisticPrice();
            assertThat(heavier).as(quote.getLogisticName()).isGreaterThan(quote.getLogisticPrice());
            assertThat(quote.getTotalPostageFee()).isNotNull();
        }
    }

    @Test
    void a_detailed_quote_tells_which_address_rules_fail() {
        List<FreightTipQuote> quotes = cj.freightCalculateTip(new FreightTipRequest().reqDTOS(List.of(new FreightTipQuery()
                .srcAreaCode("CN").destAreaCode("US").phone("+1 212 555 0123")
                .freightTrialSkuList(List.of(new FreightTrialSku().sku("CJCF104237201AZ").skuQuantity(1)))))).getData();

        FreightTipQuote postal = quotes.stream().filter(q -> q.getOption().getEnName().equals("CJPacket Postal")).findFirst().orElseThrow();
        assertThat(postal.getPostage()).isEqualByComparingTo("3.55");
        assertThat(postal.getRuleTipTypes()).containsExactly(RuleTipType.PHONE);
        assertThat(postal.getRuleTips()).as("the phone given passes").isEmpty();
        assertThat(postal.getDestArea().getShortCode()).isEqualTo("US");
    }

    @Test
    void a_merchant_order_to_the_eu_is_quoted_with_its_ioss_options() {
        List<PartnerFreightQuote> quotes = cj.partnerFreightCalculate(new PartnerFreightRequest().shippingCountryCode("FR")
                .iossType(IossType.CJ_IOSS).products(List.of(new VariantQuantity().vid(SEED_VID).quantity(2)))).getData();

        assertThat(quotes).isNotEmpty().allSatisfy(q -> {
            assertThat(q.getIsSupportIoss()).isTrue();
            assertThat(q.getIossList()).extracting(o -> o.getIossType()).containsExactly(IossType.NO_IOSS, IossType.OWN_IOSS, IossType.CJ_IOSS);
        });
    }

    @Test
    void supplier_templates_come_for_self_shipped_products_only() {
        List<SupplierTemplateGroup> groups = cj.getSupplierLogisticsTemplate(new SupplierTemplateRequest()
                .skuList(List.of("CJCF1042372", "CJXX0000001"))).getData();

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.getSkuList()).containsExactly("CJCF1042372");
            assertThat(g.getLogisticsInfoList()).isNotEmpty();
        });
    }

    // ---------------------------------------------------------------- failure paths (magic values)

    @Test
    void an_unknown_variant_is_refused_with_1602000() {
        assertThatThrownBy(() -> cj.freightCalculate(new FreightCalculateRequest().startCountryCode("CN").endCountryCode("US")
                .products(List.of(new VariantQuantity().vid("NOTFOUND-V").quantity(1)))))
                .isInstanceOfSatisfying(CjException.class, e -> {
                    assertThat(code(e)).isEqualTo(1602000);
                    assertThat(e.status()).isEqualTo(200);
                });
    }

    @Test
    void an_unknown_product_is_refused_with_1602001() {
        assertThatThrownBy(() -> cj.getSupplierLogisticsTemplate(new SupplierTemplateRequest().skuList(List.of("NOTFOUND-P"))))
                .satisfies(e -> assertThat(code(e)).isEqualTo(1602001));
    }

    @Test
    void an_unknown_logistics_name_is_refused_with_1605000() {
        assertThatThrownBy(() -> cj.partnerFreightCalculate(new PartnerFreightRequest().shippingCountryCode("US")
                .logisticName("NoSuchLogistic").products(List.of(new VariantQuantity().vid(SEED_VID).quantity(1)))))
                .satisfies(e -> assertThat(code(e)).isEqualTo(1605000));
    }

    @Test
    void a_route_no_channel_serves_gets_no_quote() {
        assertThat(cj.freightCalculate(new FreightCalculateRequest().startCountryCode("CN").endCountryCode("ZZ")
                .products(List.of(new VariantQuantity().vid(SEED_VID).quantity(1)))).getData()).isEmpty();
    }

    @Test
    void an_expired_token_is_refused_with_1600001() {
        CjLogisticsApi expired = CjClient.create(server.baseUrl(Carrier.CJ), "expired-cj-access-token", NO_RETRIES);

        assertThatThrownBy(() -> expired.trackInfo(List.of("CJPKP1000000001")))
                .isInstanceOfSatisfying(CjException.class, e -> {
                    assertThat(code(e)).isEqualTo(CjException.INVALID_TOKEN);
                    assertThat(e.result()).hasValue(false);
                });
    }

    @Test
    void a_param_error_is_refused_with_1600100() {
        assertThatThrownBy(() -> cj.freightCalculate(new FreightCalculateRequest().startCountryCode("US").endCountryCode("US")
                .products(List.of(new VariantQuantity().vid(SEED_VID).quantity(0)))))
                .satisfies(e -> assertThat(code(e)).isEqualTo(CjException.PARAM_ERROR));
    }

    // ---------------------------------------------------------------- real time

    @Test
    void on_real_time_a_parcel_is_delivered_after_the_default_delays() {
        try (MockServer realTime = MockServer.builder().host("127.0.0.1").port(0).clock(MockClock.system()).build().start()) {
            CjLogisticsApi client = CjClient.create(realTime.baseUrl(Carrier.CJ), TOKEN, NO_RETRIES);
            String number = "CJPKP5000000005";

            assertThat(client.trackInfo(List.of(number)).getData().get(0).getTrackingStatus()).isEqualTo("Pending");
            // defaults: in transit after 1 s, delivered 2 s later
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(client.trackInfo(List.of(number)).getData().get(0).getTrackingStatus()).isEqualTo("Delivered"));
        }
    }
}
