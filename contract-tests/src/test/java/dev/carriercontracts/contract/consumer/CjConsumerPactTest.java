package dev.carriercontracts.contract.consumer;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.Matchers;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.carriercontracts.client.cj.CjClient;
import dev.carriercontracts.client.cj.CjException;
import dev.carriercontracts.client.cj.api.CjLogisticsApi;
import dev.carriercontracts.client.cj.model.FreightCalculateRequest;
import dev.carriercontracts.client.cj.model.FreightQuote;
import dev.carriercontracts.client.cj.model.FreightTipQuery;
import dev.carriercontracts.client.cj.model.FreightTipRequest;
import dev.carriercontracts.client.cj.model.FreightTrialSku;
import dev.carriercontracts.client.cj.model.IossType;
import dev.carriercontracts.client.cj.model.PartnerFreightRequest;
import dev.carriercontracts.client.cj.model.SupplierTemplateRequest;
import dev.carriercontracts.client.cj.model.TrackInfo;
import dev.carriercontracts.client.cj.model.VariantQuantity;
import dev.carriercontracts.contract.spec.DeliberateSpecViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static dev.carriercontracts.contract.consumer.CjBodies.SKU;
import static dev.carriercontracts.contract.consumer.CjBodies.TRACK_NUMBER;
import static dev.carriercontracts.contract.consumer.CjBodies.VID;
import static dev.carriercontracts.contract.consumer.PactConventions.NO_RETRIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the generated CJ logistics client expects from CJ Dropshipping: every operation of carrier-specs/cj.yaml,
 * its success and its main errors, which CJ reports inside HTTP 200 answers ({@code result: false}: an invalid
 * access token, a parameter error), as a pact between carrier-client-cj and cj. Provider states:
 * ../../PROVIDER_STATES.md.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = CjConsumerPactTest.PROVIDER, pactVersion = PactSpecVersion.V4)
class CjConsumerPactTest {

    static final String PROVIDER = "cj";
    static final String CONSUMER = "carrier-client-cj";
    private static final String BASE_PATH = "/cj/api2.0/v1";
    private static final String TOKEN = "cj-test-access-token";
    private static final String INVALID_TOKEN = "expired-cj-access-token";

    private static final String PARCEL_SHIPPED = "a CJ parcel has shipped";
    private static final Map<String, Object> PARCEL = Map.of("credential", TOKEN, "logisticName", "CJPacket Sensitive");

    // ---------------------------------------------------------------- freight calculation

    @Pact(consumer = CONSUMER)
    V4Pact freightCalculate(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a freight calculation for two units of a variant", http -> http
                .withRequest(post("/logistic/freightCalculate", CjBodies.freightCalculateRequest(1)))
                .willRespondWith(res -> res.status(200).body(CjBodies.freightQuotes()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "freightCalculate")
    void freight_is_quoted_per_logistics_channel(MockServer server) {
        List<FreightQuote> quotes = client(server).freightCalculate(freightRequest(List.of(new VariantQuantity().vid(VID).quantity(2)))).getData();

        assertThat(quotes).isNotEmpty().allSatisfy(quote -> {
            assertThat(quote.getLogisticName()).isNotBlank();
            assertThat(quote.getLogisticPrice()).isNotNull();
        });
    }

    @Pact(consumer = CONSUMER)
    V4Pact freightCalculateWithInvalidToken(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a freight calculation with an invalid access token", http -> http
                .withRequest(req -> req.method("POST").path(BASE_PATH + "/logistic/freightCalculate")
                        .header(CjClient.ACCESS_TOKEN_HEADER, INVALID_TOKEN)
                        .body(CjBodies.freightCalculateRequest(1)))
                .willRespondWith(res -> res.status(200).body(CjBodies.failure(CjException.INVALID_TOKEN,
                        "Invalid API key or access token.")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "freightCalculateWithInvalidToken")
    void an_invalid_token_is_refused_with_1600001_inside_http_200(MockServer server) {
        CjLogisticsApi api = CjClient.create(server.getUrl() + BASE_PATH, INVALID_TOKEN, NO_RETRIES);

        assertRefusedInsideHttp200(() -> api.freightCalculate(freightRequest(List.of(new VariantQuantity().vid(VID).quantity(2)))),
                CjException.INVALID_TOKEN);
    }

    @Pact(consumer = CONSUMER)
    V4Pact freightCalculateWithoutProducts(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a freight calculation without any product", http -> http
                .comment(DeliberateSpecViolation.comment("products must hold at least one variant (minItems: 1)"))
                .withRequest(post("/logistic/freightCalculate", CjBodies.freightCalculateRequest(0)))
                .willRespondWith(res -> res.status(200).body(CjBodies.failure(CjException.PARAM_ERROR, "Param error")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "freightCalculateWithoutProducts")
    void an_empty_product_list_is_refused_with_1600100_inside_http_200(MockServer server) {
        assertRefusedInsideHttp200(() -> client(server).freightCalculate(freightRequest(List.of())), CjException.PARAM_ERROR);
    }

    @Pact(consumer = CONSUMER)
    V4Pact freightCalculateTip(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a detailed freight calculation for one SKU from China to the US", http -> http
                .withRequest(post("/logistic/freightCalculateTip", CjBodies.freightTipRequest()))
                .willRespondWith(res -> res.status(200).body(CjBodies.freightTipQuotes()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "freightCalculateTip")
    void detailed_freight_is_quoted_per_logistics_option(MockServer server) {
        FreightTipRequest request = new FreightTipRequest().reqDTOS(List.of(new FreightTipQuery()
                .srcAreaCode("CN").destAreaCode("US")
                .freightTrialSkuList(List.of(new FreightTrialSku().sku(SKU).skuQuantity(1)))
                .skuList(List.of(SKU)).platforms(List.of("Shopify"))));

        assertThat(client(server).freightCalculateTip(request).getData()).isNotEmpty().allSatisfy(quote -> {
            assertThat(quote.getPostage()).isNotNull();
            assertThat(quote.getOption().getEnName()).isNotBlank();
        });
    }

    @Pact(consumer = CONSUMER)
    V4Pact partnerFreightCalculate(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a merchant freight calculation for an order to the US", http -> http
                .withRequest(post("/logistic/partnerFreightCalculate", CjBodies.partnerFreightRequest()))
                .willRespondWith(res -> res.status(200).body(CjBodies.partnerFreightQuotes()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "partnerFreightCalculate")
    void merchant_freight_is_quoted_with_postage_and_delivery_time(MockServer server) {
        PartnerFreightRequest request = new PartnerFreightRequest().shippingCountryCode("US").shippingCity("New York")
                .shippingPhone("2125550123").fromCountryCode("CN").iossType(IossType.NO_IOSS)
                .products(List.of(new VariantQuantity().vid("92511400-C758-4474-93CA-66D442F5F787").quantity(1)));

        assertThat(client(server).partnerFreightCalculate(request).getData()).isNotEmpty().allSatisfy(quote -> {
            assertThat(quote.getPostageAmount()).isNotNull();
            assertThat(quote.getArrivalTime()).isNotBlank();
        });
    }

    @Pact(consumer = CONSUMER)
    V4Pact supplierLogisticsTemplate(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for the logistics templates of a supplier product", http -> http
                .withRequest(post("/logistic/getSupplierLogisticsTemplate", CjBodies.supplierTemplateRequest()))
                .willRespondWith(res -> res.status(200).body(CjBodies.supplierTemplates()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "supplierLogisticsTemplate")
    void supplier_products_come_with_their_logistics_templates(MockServer server) {
        assertThat(client(server).getSupplierLogisticsTemplate(new SupplierTemplateRequest().skuList(List.of("CJCF1042372"))).getData())
                .isNotEmpty()
                .allSatisfy(group -> assertThat(group.getLogisticsInfoList()).isNotEmpty()
                        .allSatisfy(template -> assertThat(template.getLogisticsName()).isNotBlank()));
    }

    // ---------------------------------------------------------------- tracking

    @Pact(consumer = CONSUMER)
    V4Pact trackInfo(PactBuilder builder) {
        return builder.given(PARCEL_SHIPPED, PARCEL)
                .expectsToReceiveHttpInteraction("a request for the tracking of a shipped parcel", http -> http
                        .withRequest(trackingQuery("/logistic/trackInfo"))
                        .willRespondWith(res -> res.status(200).body(CjBodies.trackInfos()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "trackInfo")
    void a_shipped_parcel_is_tracked_by_its_number(MockServer server) {
        assertTracked(client(server).trackInfo(List.of(TRACK_NUMBER)).getData());
    }

    @Pact(consumer = CONSUMER)
    V4Pact deprecatedTrackInfo(PactBuilder builder) {
        return builder.given(PARCEL_SHIPPED, PARCEL)
                .expectsToReceiveHttpInteraction("a request for the tracking of a shipped parcel through the deprecated interface", http -> http
                        .withRequest(trackingQuery("/logistic/getTrackInfo"))
                        .willRespondWith(res -> res.status(200).body(CjBodies.trackInfos()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "deprecatedTrackInfo")
    @SuppressWarnings("deprecation")
    void the_deprecated_tracking_interface_answers_like_the_new_one(MockServer server) {
        assertTracked(client(server).getTrackInfo(List.of(TRACK_NUMBER)).getData());
    }

    @Pact(consumer = CONSUMER)
    V4Pact trackInfoOfUnknownNumber(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for the tracking of a number CJ does not know", http -> http
                .withRequest(request("GET", "/logistic/trackInfo").andThen(req -> req.queryParameter("trackNumber", "CJPKL0000000000XX")))
                .willRespondWith(res -> res.status(200).body(CjBodies.noTrackInfo()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "trackInfoOfUnknownNumber")
    void an_unknown_tracking_number_is_left_out_of_the_answer(MockServer server) {
        assertThat(client(server).trackInfo(List.of("CJPKL0000000000XX")).getData()).isEmpty();
    }

    @Pact(consumer = CONSUMER)
    V4Pact trackInfoWithInvalidToken(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for the tracking of a parcel with an invalid access token", http -> http
                .withRequest(req -> req.method("GET").path(BASE_PATH + "/logistic/trackInfo")
                        .header(CjClient.ACCESS_TOKEN_HEADER, INVALID_TOKEN)
                        .queryParameter("trackNumber", TRACK_NUMBER))
                .willRespondWith(res -> res.status(200).body(CjBodies.failure(CjException.INVALID_TOKEN,
                        "Invalid API key or access token.")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "trackInfoWithInvalidToken")
    void tracking_with_an_invalid_token_is_refused_with_1600001_inside_http_200(MockServer server) {
        CjLogisticsApi api = CjClient.create(server.getUrl() + BASE_PATH, INVALID_TOKEN, NO_RETRIES);

        assertRefusedInsideHttp200(() -> api.trackInfo(List.of(TRACK_NUMBER)), CjException.INVALID_TOKEN);
    }

    // ---------------------------------------------------------------- helpers

    private static CjLogisticsApi client(MockServer server) {
        return CjClient.create(server.getUrl() + BASE_PATH, TOKEN, NO_RETRIES);
    }

    private static RequestStep request(String method, String path) {
        return req -> req.method(method).path(BASE_PATH + path).header(CjClient.ACCESS_TOKEN_HEADER, TOKEN);
    }

    private static RequestStep post(String path, DslPart body) {
        return request("POST", path).andThen(req -> req.body(body));
    }

    /** A tracking query for the number CJ issued when the parcel shipped (provider state {@code trackNumber}). */
    private static RequestStep trackingQuery(String path) {
        return request("GET", path).andThen(req -> req.queryParameter("trackNumber",
                Matchers.fromProviderState("${trackNumber}", TRACK_NUMBER)));
    }

    private static FreightCalculateRequest freightRequest(List<VariantQuantity> products) {
        return new FreightCalculateRequest().startCountryCode("US").endCountryCode("US").products(products);
    }

    private static void assertTracked(List<TrackInfo> parcels) {
        assertThat(parcels).singleElement().satisfies(parcel -> {
            assertThat(parcel.getTrackingNumber()).isEqualTo(TRACK_NUMBER);
            assertThat(parcel.getTrackingStatus()).isNotBlank();
        });
    }

    private static void assertRefusedInsideHttp200(ThrowingCallable call, int code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CjException.class, refused -> {
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.code()).hasValue(code);
            assertThat(refused.result()).hasValue(false);
        });
    }
}
