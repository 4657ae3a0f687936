package dev.carriercontracts.contract.acceptance;

import dev.carriercontracts.client.cdek.CdekClient;
import dev.carriercontracts.client.cdek.CdekException;
import dev.carriercontracts.client.cdek.api.CdekApi;
import dev.carriercontracts.client.cdek.model.Contact;
import dev.carriercontracts.client.cdek.model.GrantType;
import dev.carriercontracts.client.cdek.model.Item;
import dev.carriercontracts.client.cdek.model.Location;
import dev.carriercontracts.client.cdek.model.ModelPackage;
import dev.carriercontracts.client.cdek.model.Money;
import dev.carriercontracts.client.cdek.model.Order;
import dev.carriercontracts.client.cdek.model.OrderAccepted;
import dev.carriercontracts.client.cdek.model.OrderInfo;
import dev.carriercontracts.client.cdek.model.OrderRequest;
import dev.carriercontracts.client.cdek.model.OrderStatusCode;
import dev.carriercontracts.client.cdek.model.OrderType;
import dev.carriercontracts.client.cdek.model.Phone;
import dev.carriercontracts.client.cdek.model.Request;
import dev.carriercontracts.client.cdek.model.RequestError;
import dev.carriercontracts.client.cdek.model.RequestState;
import dev.carriercontracts.client.cdek.model.RequestType;
import dev.carriercontracts.client.cdek.model.Seller;
import dev.carriercontracts.client.cdek.model.Service;
import dev.carriercontracts.client.cdek.model.Status;
import dev.carriercontracts.client.cdek.model.StatusReasonCode;
import dev.carriercontracts.contract.provider.AdminClient;
import dev.carriercontracts.contract.provider.ProviderUnderTest;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.clock.MockClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The generated CDEK client, built by its own factory, against the mock server: an order registered, created,
 * carried and delivered; each failure path asked for on purpose (the mock's magic values and the seed's
 * business rules); token refusal and renewal. On the virtual clock the tests move time through the admin API
 * and then await the asynchronous state; one test waits for it on real time with the default delays.
 */
class CdekAcceptanceTest {

    private static final String CLIENT_ID = "EMscd6r9JnFiQ3bLoyjJY6eM78JrJceI";
    private static final String CLIENT_SECRET = "PjLZkKBHEiLK3YsjtNrt3TGNG0ahs3kG";
    /** Registration to a processed CREATE request with the default delays. */
    private static final Duration PROCESSING = Duration.ofSeconds(2);
    /** CREATED to DELIVERED: 13 logistics steps of 20 s. */
    private static final Duration DELIVERY = Duration.ofSeconds(20).multipliedBy(13);

    private static ProviderUnderTest provider;
    private static AdminClient admin;
    private CdekApi cdek;

    @BeforeAll
    static void start() {
        provider = ProviderUnderTest.start();
        admin = provider.admin();
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @BeforeEach
    void reset() {
        admin.resetAll();
        cdek = CdekClient.create(provider.baseUrl(Carrier.CDEK), CLIENT_ID, CLIENT_SECRET);
    }

    // ---------------------------------------------------------------- the main flow

    @Test
    void an_order_is_accepted_created_carried_and_delivered() {
        OrderAccepted accepted = cdek.createOrder(order("ACC-1"));
        UUID uuid = accepted.getEntity().getUuid();
        assertThat(accepted.getRequests()).singleElement().satisfies(request -> {
            assertThat(request.getType()).isEqualTo(RequestType.CREATE);
            assertThat(request.getState()).isEqualTo(RequestState.ACCEPTED);
        });
        assertThat(cdek.getOrder(uuid).getEntity().getCdekNumber()).isNull();

        admin.advanceClock(PROCESSING);
        await().atMost(Duration.ofSeconds(5)).until(() -> createRequest(uuid).getState() == RequestState.SUCCESSFUL);

        Order created = cdek.getOrder(uuid).getEntity();
        assertThat(created.getCdekNumber()).matches("[0-9]{10}");
        assertThat(created.getNumber()).isEqualTo("ACC-1");
        assertThat(codes(created)).containsExactly(OrderStatusCode.ACCEPTED, OrderStatusCode.CREATED);
        assertThat(created.getToLocation().getCountry()).isEqualTo("Россия");

        admin.advanceClock(DELIVERY);
        await().atMost(Duration.ofSeconds(5)).until(() -> lastStatus(uuid).getCode() == OrderStatusCode.DELIVERED);

        Order delivered = cdek.getOrder(uuid).getEntity();
        assertThat(codes(delivered)).hasSize(15).contains(OrderStatusCode.SENT_TO_TRANSIT_CITY, OrderStatusCode.TAKEN_BY_COURIER);
        assertThat(delivered.getDeliveryDate()).isNotNull();
        assertThat(lastStatus(uuid).getReasonCode()).isNull();
    }

    @Test
    void an_order_for_a_pick_up_point_waits_there_and_is_collected() {
        UUID uuid = register(order("ACC-PVZ").deliveryPoint("SMR12"));

        admin.advanceClock(PROCESSING.plus(DELIVERY));
        await().atMost(Duration.ofSeconds(5)).until(() -> lastStatus(uuid).getCode() == OrderStatusCode.DELIVERED);

        assertThat(codes(cdek.getOrder(uuid).getEntity())).contains(OrderStatusCode.ACCEPTED_AT_PICK_UP_POINT)
                .doesNotContain(OrderStatusCode.TAKEN_BY_COURIER);
    }

    // ---------------------------------------------------------------- failure paths, on purpose

    static Stream<Arguments> undeliveredNumbers() {
        return Stream.of(Arguments.of("NOT_DELIVERED-2", StatusReasonCode.RETURN_RECIPIENT_UNREACHABLE_BY_PHONE),
                Arguments.of("NOT_DELIVERED-11-ACC", StatusReasonCode.REFUSED_NO_REASON),
                Arguments.of("NOT_DELIVERED-26", StatusReasonCode.LOST));
    }

    @ParameterizedTest
    @MethodSource("undeliveredNumbers")
    void a_not_delivered_number_ends_the_order_not_delivered_with_its_reason(String number, StatusReasonCode reason) {
        UUID uuid = register(order(number));

        admin.advanceClock(PROCESSING.plus(DELIVERY));
        await().atMost(Duration.ofSeconds(5)).until(() -> lastStatus(uuid).getCode() == OrderStatusCode.NOT_DELIVERED);

        assertThat(lastStatus(uuid).getReasonCode()).isEqualTo(reason);
    }

    @Test
    void a_delivered_20_number_is_a_partial_delivery() {
        UUID uuid = register(order("DELIVERED-20"));

        admin.advanceClock(PROCESSING.plus(DELIVERY));
        await().atMost(Duration.ofSeconds(5)).until(() -> lastStatus(uuid).getCode() == OrderStatusCode.DELIVERED);

        assertThat(lastStatus(uuid).getReasonCode()).isEqualTo(StatusReasonCode.PARTIAL_DELIVERY);
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                rule("an unknown tariff", o -> o.tariffCode(1), "ERR_RESULT_SERVICE_EMPTY"),
                rule("a package without weight", o -> o.getPackages().get(0).weight(null), "ve_package_weight_too_small"),
                rule("a package without items", o -> o.getPackages().get(0).items(null), "error_validate_package_im_without_goods"),
                rule("an item without payment", o -> item(o).payment(null), "error_validate_good_payment_absent"),
                rule("more than 10,000 items", o -> item(o).amount(10_001), "error_validate_total_good_count_not_in_range"),
                rule("insurance without its cost", o -> o.services(List.of(new Service().code("INSURANCE"))), "ve_as_empty_cost"),
                rule("a landline recipient in Russia", o -> o.getRecipient().phones(List.of(new Phone().number("+74951234567"))),
                        "error_validate_receiver_phone_number_incorrect"),
                rule("no invoice date abroad", o -> o.dateInvoice(null), "error_validate_international_date_invoice_is_required"),
                rule("no shipper abroad", o -> o.shipperAddress(null), "error_validate_international_shipper_address_is_required"),
                rule("no seller address abroad", o -> o.getSeller().address(null), "error_validate_international_seller_address_is_required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void an_order_breaking_a_rule_is_accepted_then_refused_with_its_code(String what, Consumer<OrderRequest> change, String code) {
        OrderRequest order = order("ACC-INVALID");
        change.accept(order);
        UUID uuid = register(order);

        admin.advanceClock(PROCESSING);
        await().atMost(Duration.ofSeconds(5)).until(() -> createRequest(uuid).getState() == RequestState.INVALID);

        OrderInfo info = cdek.getOrder(uuid);
        assertThat(createRequest(uuid).getErrors()).extracting(RequestError::getCode).containsExactly(code);
        assertThat(info.getEntity().getCdekNumber()).isNull();
        assertThat(codes(info.getEntity())).containsExactly(OrderStatusCode.ACCEPTED, OrderStatusCode.INVALID);
    }

    @Test
    void an_order_without_a_tariff_is_refused_at_once() {
        assertThatThrownBy(() -> cdek.createOrder(order("ACC-NULL").tariffCode(null)))
                .isInstanceOfSatisfying(CdekException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.errorCodes()).containsExactly("v2_field_is_empty");
                });
        assertThat(admin.entities("cdek").path("entities")).isEmpty();
    }

    @Test
    void an_unknown_order_is_not_found() {
        assertThatThrownBy(() -> cdek.getOrder(UUID.fromString("72753033-0000-4000-8000-000000000000")))
                .isInstanceOfSatisfying(CdekException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(404);
                    assertThat(refused.errorCodes()).containsExactly("v2_entity_not_found");
                });
    }

    @Test
    void a_wrong_secret_is_refused_with_invalid_client() {
        CdekApi wrong = CdekClient.create(provider.baseUrl(Carrier.CDEK), CLIENT_ID, "not-the-secure-password");

        assertThatThrownBy(() -> wrong.createOrder(order("ACC-WRONG")))
                .isInstanceOfSatisfying(CdekException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(401);
                    assertThat(refused.oauthError()).hasValue("invalid_client");
                });
    }

    @Test
    void a_token_expired_on_the_mock_clock_is_renewed_by_the_client() {
        UUID uuid = register(order("ACC-TOKEN"));

        admin.advanceClock(Duration.ofHours(2));

        // the client still holds its first token (its own clock says it is fresh); CDEK refuses it, the client renews
        assertThat(cdek.getOrder(uuid).getEntity().getUuid()).isEqualTo(uuid);
        assertThat(cdek.getToken(GrantType.CLIENT_CREDENTIALS, CLIENT_ID, CLIENT_SECRET).getExpiresIn()).isEqualTo(3600);
    }

    // ---------------------------------------------------------------- real time

    @Test
    void on_real_time_an_order_is_created_within_seconds() {
        try (MockServer real = MockServer.builder().host("127.0.0.1").port(0).clock(MockClock.system()).build().start()) {
            CdekApi client = CdekClient.create(real.baseUrl(Carrier.CDEK), CLIENT_ID, CLIENT_SECRET);
            UUID uuid = client.createOrder(order("ACC-REAL")).getEntity().getUuid();

            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                    .until(() -> createRequest(client, uuid).getState() == RequestState.SUCCESSFUL);

            Order created = client.getOrder(uuid).getEntity();
            assertThat(created.getCdekNumber()).isNotBlank();
            assertThat(codes(created)).containsExactly(OrderStatusCode.ACCEPTED, OrderStatusCode.CREATED);
        }
    }

    // ---------------------------------------------------------------- helpers

    private UUID register(OrderRequest order) {
        return cdek.createOrder(order).getEntity().getUuid();
    }

    private Request createRequest(UUID uuid) {
        return createRequest(cdek, uuid);
    }

    private static Request createRequest(CdekApi client, UUID uuid) {
        return client.getOrder(uuid).getRequests().stream().filter(r -> r.getType() == RequestType.CREATE).findFirst().orElseThrow();
    }

    private Status lastStatus(UUID uuid) {
        List<Status> statuses = cdek.getOrder(uuid).getEntity().getStatuses();
        return statuses.get(statuses.size() - 1);
    }

    private static List<OrderStatusCode> codes(Order order) {
        return order.getStatuses().stream().map(Status::getCode).toList();
    }

    private static Arguments rule(String what, Consumer<OrderRequest> change, String code) {
        return Arguments.of(what, change, code);
    }

    private static Item item(OrderRequest order) {
        return order.getPackages().get(0).getItems().get(0);
    }

    /** An international e-commerce order from Shanghai to Samara that CDEK creates (the seed's sample). */
    private static OrderRequest order(String number) {
        return new OrderRequest()
                .type(OrderType.ECOMMERCE)
                .number(number)
                .tariffCode(246)
                .dateInvoice(LocalDate.of(2020, 3, 26))
                .shipperName("CDEK")
                .shipperAddress("Novosibirsk")
                .sender(new Contact().name("Zhang san"))
                .seller(new Seller().name("Zhang san").address("Shanghai, Changning District"))
                .recipient(new Contact().name("Ivanov Sergei Petrovich").phones(List.of(new Phone().number("+79094768888"))))
                .fromLocation(new Location().code(12683).countryCode("CN").address("Shanghai, Changning District"))
                .toLocation(new Location().code(430).countryCode("RU").address("Lenina ulitsa, 35 28"))
                .packages(List.of(new ModelPackage().number(number).weight(120).length(10).width(10).height(5)
                        .items(List.of(new Item().name("Measuring tools").wareKey("WELRV0086000627YQ")
                                .payment(new Money().value(BigDecimal.ZERO)).cost(BigDecimal.ZERO)
                                .weight(120).weightGross(120).amount(1)))));
    }
}
