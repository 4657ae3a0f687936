package dev.carriercontracts.contract.consumer;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.Matchers;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.carriercontracts.client.cdek.CdekClient;
import dev.carriercontracts.client.cdek.CdekException;
import dev.carriercontracts.client.cdek.api.CdekApi;
import dev.carriercontracts.client.cdek.model.Contact;
import dev.carriercontracts.client.cdek.model.GrantType;
import dev.carriercontracts.client.cdek.model.Item;
import dev.carriercontracts.client.cdek.model.Location;
import dev.carriercontracts.client.cdek.model.ModelPackage;
import dev.carriercontracts.client.cdek.model.Money;
import dev.carriercontracts.client.cdek.model.OrderAccepted;
import dev.carriercontracts.client.cdek.model.OrderInfo;
import dev.carriercontracts.client.cdek.model.OrderRequest;
import dev.carriercontracts.client.cdek.model.OrderType;
import dev.carriercontracts.client.cdek.model.Phone;
import dev.carriercontracts.client.cdek.model.RequestState;
import dev.carriercontracts.client.cdek.model.RequestType;
import dev.carriercontracts.client.cdek.model.Seller;
import dev.carriercontracts.client.cdek.model.Token;
import dev.carriercontracts.contract.spec.DeliberateSpecViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.carriercontracts.contract.consumer.CdekBodies.ACCESS_TOKEN;
import static dev.carriercontracts.contract.consumer.CdekBodies.ORDER_UUID;
import static dev.carriercontracts.contract.consumer.PactConventions.NO_RETRIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the generated CDEK client expects from CDEK API v2: every operation of carrier-specs/cdek.yaml, its success
 * and its main errors, as a pact between carrier-client-cdek and cdek. The client fetches its OAuth token itself,
 * so each order interaction comes with the token interaction it needs (the same one everywhere, written once in
 * the pact); the bearer token of an order call is matched by {@code Bearer .+} and, on the provider side, is the
 * one issued while setting up the provider state. Provider states: ../../PROVIDER_STATES.md.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = CdekConsumerPactTest.PROVIDER, pactVersion = PactSpecVersion.V4)
class CdekConsumerPactTest {

    static final String PROVIDER = "cdek";
    static final String CONSUMER = "carrier-client-cdek";
    private static final String BASE_PATH = "/cdek/v2";
    private static final String CLIENT_ID = "EMscd6r9JnFiQ3bLoyjJY6eM78JrJceI";
    private static final String CLIENT_SECRET = "PjLZkKBHEiLK3YsjtNrt3TGNG0ahs3kG";
    private static final String WRONG_SECRET = "not-the-secure-password";

    private static final String TOKEN_ISSUED = "a CDEK access token has been issued";
    private static final String ORDER_CREATED = "a CDEK order has been created";
    private static final String ORDER_REFUSED = "a CDEK order registration has been refused";
    private static final Map<String, Object> CLIENT = Map.of("clientId", CLIENT_ID);
    private static final String BEARER = "Bearer .+";

    // ---------------------------------------------------------------- token

    @Pact(consumer = CONSUMER)
    V4Pact token(PactBuilder builder) {
        return withToken(builder).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "token")
    void client_credentials_give_a_bearer_token(MockServer server) {
        Token token = client(server, CLIENT_SECRET).getToken(GrantType.CLIENT_CREDENTIALS, CLIENT_ID, CLIENT_SECRET);

        assertThat(token.getAccessToken()).isNotBlank();
        assertThat(token.getExpiresIn()).isPositive();
    }

    @Pact(consumer = CONSUMER)
    V4Pact tokenWithWrongSecret(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for an access token with a wrong secret", http -> http
                .withRequest(tokenRequest(WRONG_SECRET))
                .willRespondWith(res -> res.status(401).body(CdekBodies.oauthError("invalid_client", "Bad client credentials")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "tokenWithWrongSecret")
    void a_wrong_secret_is_refused_with_invalid_client(MockServer server) {
        assertThatThrownBy(() -> client(server, WRONG_SECRET).getToken(GrantType.CLIENT_CREDENTIALS, CLIENT_ID, WRONG_SECRET))
                .isInstanceOfSatisfying(CdekException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(401);
                    assertThat(refused.oauthError()).hasValue("invalid_client");
                });
    }

    // ---------------------------------------------------------------- orders

    @Pact(consumer = CONSUMER)
    V4Pact createOrder(PactBuilder builder) {
        return withToken(builder).given(TOKEN_ISSUED, CLIENT)
                .expectsToReceiveHttpInteraction("a registration of an order", http -> http
                        .withRequest(authorized("POST", "/orders").andThen(req -> req.body(CdekBodies.orderRequest(true))))
                        .willRespondWith(res -> res.status(202).body(CdekBodies.orderAccepted()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createOrder")
    void an_order_is_accepted_for_processing_with_its_uuid(MockServer server) {
        OrderAccepted accepted = client(server, CLIENT_SECRET).createOrder(order(246));

        assertThat(accepted.getEntity().getUuid()).isNotNull();
        assertThat(accepted.getRequests()).singleElement().satisfies(request -> {
            assertThat(request.getType()).isEqualTo(RequestType.CREATE);
            assertThat(request.getState()).isEqualTo(RequestState.ACCEPTED);
        });
    }

    @Pact(consumer = CONSUMER)
    V4Pact createOrderWithoutTariff(PactBuilder builder) {
        return withToken(builder).given(TOKEN_ISSUED, CLIENT)
                .expectsToReceiveHttpInteraction("a registration of an order without a tariff code", http -> http
                        .comment(DeliberateSpecViolation.comment("tariff_code is required and not nullable; the client sends null"))
                        .withRequest(authorized("POST", "/orders").andThen(req -> req.body(CdekBodies.orderRequest(false))))
                        .willRespondWith(res -> res.status(400).body(CdekBodies.error("CREATE", "v2_field_is_empty", "tariff_code is empty")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createOrderWithoutTariff")
    void an_order_without_a_tariff_is_refused_at_once(MockServer server) {
        assertRefused(() -> client(server, CLIENT_SECRET).createOrder(order(null)), 400, "v2_field_is_empty");
    }

    @Pact(consumer = CONSUMER)
    V4Pact createOrderWithRejectedToken(PactBuilder builder) {
        return withToken(builder)
                .expectsToReceiveHttpInteraction("a registration of an order with an expired token", http -> http
                        .withRequest(req -> req.method("POST").path(BASE_PATH + "/orders")
                                .header("Authorization", Matchers.regexp(BEARER, "Bearer expired-cdek-access-token"))
                                .body(CdekBodies.orderRequest(true)))
                        .willRespondWith(res -> res.status(401).body(CdekBodies.error("AUTH", "v2_token_expired", "Token is expired or invalid")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createOrderWithRejectedToken")
    void a_rejected_token_is_renewed_once_then_the_refusal_surfaces(MockServer server) {
        assertThatThrownBy(() -> client(server, CLIENT_SECRET).createOrder(order(246)))
                .isInstanceOfSatisfying(CdekException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(401);
                    assertThat(refused.tokenRejected()).isTrue();
                });
    }

    @Pact(consumer = CONSUMER)
    V4Pact createdOrder(PactBuilder builder) {
        return withToken(builder).given(TOKEN_ISSUED, CLIENT).given(ORDER_CREATED, CLIENT)
                .expectsToReceiveHttpInteraction("a request for an order CDEK has created", http -> http
                        .withRequest(authorizedFromState("/orders/${uuid}", "/orders/" + ORDER_UUID))
                        .willRespondWith(res -> res.status(200).body(CdekBodies.createdOrder()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createdOrder")
    void a_created_order_has_a_cdek_number_and_its_status_history(MockServer server) {
        OrderInfo info = client(server, CLIENT_SECRET).getOrder(UUID.fromString(ORDER_UUID));

        assertThat(info.getEntity().getCdekNumber()).isNotBlank();
        assertThat(info.getEntity().getStatuses()).isNotEmpty();
        assertThat(info.getRequests()).anySatisfy(request -> {
            assertThat(request.getType()).isEqualTo(RequestType.CREATE);
            assertThat(request.getState()).isEqualTo(RequestState.SUCCESSFUL);
        });
    }

    @Pact(consumer = CONSUMER)
    V4Pact refusedOrder(PactBuilder builder) {
        return withToken(builder).given(TOKEN_ISSUED, CLIENT).given(ORDER_REFUSED, CLIENT)
                .expectsToReceiveHttpInteraction("a request for an order whose registration CDEK refused", http -> http
                        .withRequest(authorizedFromState("/orders/${uuid}", "/orders/" + ORDER_UUID))
                        .willRespondWith(res -> res.status(200).body(CdekBodies.refusedOrder()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "refusedOrder")
    void a_refused_registration_is_data_with_the_reasons_not_an_exception(MockServer server) {
        OrderInfo info = client(server, CLIENT_SECRET).getOrder(UUID.fromString(ORDER_UUID));

        assertThat(info.getRequests()).anySatisfy(request -> {
            assertThat(request.getState()).isEqualTo(RequestState.INVALID);
            assertThat(request.getErrors()).isNotEmpty();
        });
    }

    @Pact(consumer = CONSUMER)
    V4Pact unknownOrder(PactBuilder builder) {
        return withToken(builder).given(TOKEN_ISSUED, CLIENT)
                .expectsToReceiveHttpInteraction("a request for an order that does not exist", http -> http
                        .withRequest(authorized("GET", "/orders/72753033-0000-4000-8000-000000000000"))
                        .willRespondWith(res -> res.status(404).body(CdekBodies.error("GET", "v2_entity_not_found",
                                "Entity is not found by uuid 72753033-0000-4000-8000-000000000000")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "unknownOrder")
    void an_unknown_order_is_not_found(MockServer server) {
        assertRefused(() -> client(server, CLIENT_SECRET).getOrder(UUID.fromString("72753033-0000-4000-8000-000000000000")),
                404, "v2_entity_not_found");
    }

    // ---------------------------------------------------------------- helpers

    private static CdekApi client(MockServer server, String secret) {
        return CdekClient.create(server.getUrl() + BASE_PATH, CLIENT_ID, secret, NO_RETRIES);
    }

    /**
     * The token request the client makes before its first call (client credentials in the query string, spec
     * choice 10). The same interaction in every pact method, so the pact file holds it once.
     */
    private static PactBuilder withToken(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a request for an access token with the client credentials", http -> http
                .withRequest(tokenRequest(CLIENT_SECRET))
                .willRespondWith(res -> res.status(200).body(CdekBodies.token())));
    }

    private static RequestStep tokenRequest(String secret) {
        return req -> req.method("POST").path(BASE_PATH + "/oauth/token")
                .queryParameter("grant_type", "client_credentials")
                .queryParameter("client_id", CLIENT_ID)
                .queryParameter("client_secret", secret);
    }

    /** A call carrying the token the provider issued while setting up {@value #TOKEN_ISSUED}. */
    private static RequestStep authorized(String method, String path) {
        return req -> {
            req.method(method).path(BASE_PATH + path);
            PactConventions.headerFromProviderState(req.build(), "Authorization", BEARER, "Bearer ${accessToken}", "Bearer " + ACCESS_TOKEN);
            return req;
        };
    }

    /** An authorized GET whose path holds the uuid the provider issued while setting up the order state. */
    private static RequestStep authorizedFromState(String expression, String example) {
        return authorized("GET", example).andThen(req -> req.path(Matchers.fromProviderState(BASE_PATH + expression, BASE_PATH + example)));
    }

    private static OrderRequest order(Integer tariff) {
        return new OrderRequest()
                .type(OrderType.ECOMMERCE)
                .number("TEST6-CT789435359CN")
                .tariffCode(tariff)
                .dateInvoice(LocalDate.of(2020, 3, 26))
                .shipperName("CDEK")
                .shipperAddress("Novosibirsk")
                .sender(new Contact().name("Zhang san"))
                .seller(new Seller().name("Zhang san").address("Shanghai, Changning District"))
                .recipient(new Contact().name("Ivanov Sergei Petrovich").phones(List.of(new Phone().number("+79094768888"))))
                .fromLocation(new Location().code(12683).countryCode("CN").city("Шанхай").address("Shanghai, Changning District"))
                .toLocation(new Location().code(430).countryCode("RU").city("Самара").address("Lenina ulitsa, 35 28"))
                .packages(List.of(new ModelPackage().number("TEST6-CT789435359CN").weight(120).length(10).width(10).height(5)
                        .items(List.of(new Item().name("Measuring tools").wareKey("WELRV0086000627YQ")
                                .payment(new Money().value(BigDecimal.ZERO)).cost(BigDecimal.ZERO)
                                .weight(120).weightGross(120).amount(1)))));
    }

    private static void assertRefused(ThrowingCallable call, int status, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CdekException.class, refused -> {
            assertThat(refused.status()).isEqualTo(status);
            assertThat(refused.errorCodes()).contains(code);
        });
    }
}
