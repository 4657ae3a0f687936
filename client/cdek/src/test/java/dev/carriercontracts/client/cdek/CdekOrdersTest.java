package dev.carriercontracts.client.cdek;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carriercontracts.client.cdek.api.CdekApi;
import dev.carriercontracts.client.cdek.model.Contact;
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
import dev.carriercontracts.client.cdek.model.RelatedEntityType;
import dev.carriercontracts.client.cdek.model.RequestState;
import dev.carriercontracts.client.cdek.model.RequestType;
import dev.carriercontracts.client.cdek.model.Seller;
import dev.carriercontracts.client.cdek.model.Status;
import dev.carriercontracts.client.cdek.model.StatusReasonCode;
import dev.carriercontracts.client.cdek.model.VatRate;
import dev.carriercontracts.client.core.ClientOptions;
import dev.carriercontracts.client.core.RetryPolicy;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the CDEK client sends to register and read orders, and how it decodes the answers (the spec's examples). */
class CdekOrdersTest {

    private static final UUID ORDER = UUID.fromString("72753033-0c98-4dfb-81b0-e81ddd1f2c28");

    private CdekPeer cdek;
    private CdekApi api;

    @BeforeEach
    void start() throws IOException {
        cdek = new CdekPeer();
        api = CdekClient.create(cdek.baseUrl(), "wqGwiQx0gg8mLtiEKsUinjVSICCjtTEP", "RmAmgvSgSl1yirlz9QupbzOJVqhCxcP5",
                ClientOptions.defaults().withRetryPolicy(RetryPolicy.disabled())
                        .withClock(new ManualClock(Instant.parse("2026-11-23T10:00:00Z"))));
    }

    @AfterEach
    void stop() throws IOException {
        cdek.close();
    }

    /** The spec's createOrder example. */
    private static OrderRequest sampleOrder() {
        return new OrderRequest()
                .type(OrderType.ECOMMERCE)
                .number("TEST6-CT789435359CN")
                .tariffCode(246)
                .comment("")
                .dateInvoice(LocalDate.of(2020, 3, 26))
                .shipperName("CDEK")
                .shipperAddress("Novosibirsk")
                .deliveryRecipientCost(new Money().value(BigDecimal.ZERO))
                .sender(new Contact().name("Zhang san"))
                .seller(new Seller().name("Zhang san").address("Shanghai, Changning District"))
                .recipient(new Contact().name("Ivanov Sergei Petrovich")
                        .phones(List.of(new Phone().number("9990001234"), new Phone().number("9990003456"))))
                .fromLocation(new Location().code(12683).postalCode("200050").countryCode("CN").city("Шанхай")
                        .address("Shanghai, Changning District"))
                .toLocation(new Location().code(430).fiasGuid(UUID.fromString("bb035cc3-1dc2-4627-9d25-a1bf2d4b936b"))
                        .postalCode("443034").countryCode("RU").region("Самарская").city("Самара").kladrCode("6300000100000")
                        .address("Lenina ulitsa, 35 28; Samara;Samarskaya oblast"))
                .packages(List.of(new ModelPackage().number("TEST6-CT789435359CN").weight(120).length(10).width(10).height(5)
                        .comment("")
                        .items(List.of(new Item().name("Measuring tools").wareKey("WELRV0086000627YQ")
                                .payment(new Money().value(BigDecimal.ZERO)).cost(BigDecimal.ZERO)
                                .weight(120).weightGross(120).amount(1).url("")))));
    }

    @Test
    void create_order_posts_the_order_as_json_with_the_bearer_token_and_without_absent_fields() throws Exception {
        cdek.answer(202, """
                {"entity": {"uuid": "72753033-11d7-419d-b903-f979d48305cb"},
                 "requests": [{"request_uuid": "72753033-a03b-421a-9764-3810d76f6af2", "type": "CREATE",
                               "date_time": "2020-03-27T14:13:41+0700", "state": "ACCEPTED"}]}""");

        api.createOrder(sampleOrder());

        RecordedRequest call = cdek.onlyCall();
        assertThat(call.getMethod()).isEqualTo("POST");
        assertThat(call.getPath()).isEqualTo("/v2/orders");
        assertThat(call.getHeader("Content-Type")).startsWith("application/json");
        assertThat(call.getHeader("Accept")).contains("application/json");
        assertThat(call.getHeader("Authorization")).isEqualTo("Bearer token-1");
        String body = call.getBody().readUtf8();
        assertThat(new ObjectMapper().readTree(body)).isEqualTo(new ObjectMapper().readTree("""
                {"type": 1, "number": "TEST6-CT789435359CN", "tariff_code": 246, "comment": "",
                 "date_invoice": "2020-03-26", "shipper_name": "CDEK", "shipper_address": "Novosibirsk",
                 "delivery_recipient_cost": {"value": 0},
                 "sender": {"name": "Zhang san"},
                 "seller": {"name": "Zhang san", "address": "Shanghai, Changning District"},
                 "recipient": {"name": "Ivanov Sergei Petrovich", "phones": [{"number": "9990001234"}, {"number": "9990003456"}]},
                 "from_location": {"code": 12683, "postal_code": "200050", "country_code": "CN", "city": "Шанхай",
                                   "address": "Shanghai, Changning District"},
                 "to_location": {"code": 430, "fias_guid": "bb035cc3-1dc2-4627-9d25-a1bf2d4b936b", "postal_code": "443034",
                                 "country_code": "RU", "region": "Самарская", "city": "Самара", "kladr_code": "6300000100000",
                                 "address": "Lenina ulitsa, 35 28; Samara;Samarskaya oblast"},
                 "packages": [{"number": "TEST6-CT789435359CN", "weight": 120, "length": 10, "width": 10, "height": 5,
                               "comment": "",
                               "items": [{"name": "Measuring tools", "ware_key": "WELRV0086000627YQ", "payment": {"value": 0},
                                          "cost": 0, "weight": 120, "weight_gross": 120, "amount": 1, "url": ""}]}]}"""));
        assertThat(body).doesNotContain("null", "services", "delivery_recipient_cost_adv", "vat_rate");
    }

    @Test
    void create_order_decodes_the_202_with_the_order_uuid_and_the_accepted_request() {
        cdek.answer(202, """
                {"entity": {"uuid": "72753033-11d7-419d-b903-f979d48305cb"},
                 "requests": [{"request_uuid": "72753033-a03b-421a-9764-3810d76f6af2", "type": "CREATE",
                               "date_time": "2020-03-27T14:13:41+0700", "state": "ACCEPTED"}]}""");

        OrderAccepted accepted = api.createOrder(sampleOrder());

        assertThat(accepted.getEntity().getUuid()).isEqualTo(UUID.fromString("72753033-11d7-419d-b903-f979d48305cb"));
        assertThat(accepted.getRequests()).singleElement().satisfies(request -> {
            assertThat(request.getRequestUuid()).isEqualTo(UUID.fromString("72753033-a03b-421a-9764-3810d76f6af2"));
            assertThat(request.getType()).isEqualTo(RequestType.CREATE);
            assertThat(request.getState()).isEqualTo(RequestState.ACCEPTED);
            assertThat(request.getDateTime()).isEqualTo("2020-03-27T14:13:41+0700");
            assertThat(request.getErrors()).isNull();
        });
    }

    @Test
    void money_with_a_vat_rate_is_sent_as_numbers() {
        cdek.answer(202, "{\"entity\": {\"uuid\": \"72753033-11d7-419d-b903-f979d48305cb\"}, \"requests\": []}");

        api.createOrder(new OrderRequest().tariffCode(246).recipient(new Contact().name("Ivanov"))
                .deliveryRecipientCost(new Money().value(new BigDecimal("300.50")).vatSum(new BigDecimal("50.08")).vatRate(VatRate.VAT_20)));

        assertThat(cdek.onlyCall().getBody().readUtf8())
                .contains("\"delivery_recipient_cost\":{\"value\":300.50,\"vat_sum\":50.08,\"vat_rate\":20}");
    }

    @Test
    void get_order_reads_the_whole_created_order_of_seed_sample_1() {
        cdek.answer(200, """
                {"entity": {"uuid": "72753033-0c98-4dfb-81b0-e81ddd1f2c28", "type": 1, "is_return": false,
                  "cdek_number": "1169288867", "number": "TEST6-CT789435359CN", "tariff_code": 246, "comment": "",
                  "date_invoice": "2020-03-26", "shipper_name": "CDEK", "shipper_address": "Novosibirsk",
                  "delivery_recipient_cost": {"value": 0},
                  "sender": {"name": "Zhang san"},
                  "seller": {"name": "Zhang san", "address": "Shanghai, Changning District"},
                  "recipient": {"name": "Ivanov Sergei Petrovich", "phones": [{"number": "9990001234"}, {"number": "9990003456"}]},
                  "from_location": {"code": 12683, "postal_code": "200050", "longitude": 121.470462, "latitude": 31.230863,
                                    "country_code": "CN", "region": "Шанхай", "region_code": 906, "sub_region": "",
                                    "city": "Шанхай", "address": "", "country": "Китай (КНР)"},
                  "to_location": {"code": 430, "fias_guid": "bb035cc3-1dc2-4627-9d25-a1bf2d4b936b", "postal_code": "443034",
                                  "longitude": 50.1018, "latitude": 53.1955, "country_code": "RU", "region": "Самарская",
                                  "region_code": 57, "sub_region": "Самара", "city": "Самара", "kladr_code": "6300000100000",
                                  "address": "Lenina ulitsa, 35 28; Samara;Samarskaya oblast", "country": "Россия"},
                  "packages": [{"number": "TEST6-CT789435359CN", "weight": 120, "length": 0, "width": 0, "height": 0,
                                "comment": "",
                                "items": [{"name": "Measuring tools", "ware_key": "WELRV0086000627YQ", "payment": {"value": 0},
                                           "weight": 120, "weight_gross": 120, "amount": 1, "url": "", "cost": 0}]}],
                  "statuses": [{"code": "ACCEPTED", "name": "Принят", "date_time": "2020-03-27T14:24:45+0700", "city": "Офис СДЭК"},
                               {"code": "CREATED", "name": "Создан", "date_time": "2020-03-27T14:24:46+0700", "city": "Офис СДЭК"}],
                  "shop_seller_name": "Zhang san", "shop_seller_address": "Shanghai, Changning District"},
                 "requests": [{"request_uuid": "72753033-45ac-4fa8-a9d1-962048fb63d0", "type": "CREATE",
                               "date_time": "2020-03-27T14:24:46+0700", "state": "SUCCESSFUL"}]}""");

        OrderInfo info = api.getOrder(ORDER);

        RecordedRequest call = cdek.onlyCall();
        assertThat(call.getMethod()).isEqualTo("GET");
        assertThat(call.getPath()).isEqualTo("/v2/orders/72753033-0c98-4dfb-81b0-e81ddd1f2c28");
        assertThat(call.getHeader("Accept")).contains("application/json");
        assertThat(call.getHeader("Authorization")).isEqualTo("Bearer token-1");

        Order order = info.getEntity();
        assertThat(order.getUuid()).isEqualTo(ORDER);
        assertThat(order.getType()).isEqualTo(OrderType.ECOMMERCE);
        assertThat(order.getIsReturn()).isFalse();
        assertThat(order.getCdekNumber()).isEqualTo("1169288867");
        assertThat(order.getNumber()).isEqualTo("TEST6-CT789435359CN");
        assertThat(order.getTariffCode()).isEqualTo(246);
        assertThat(order.getComment()).isEmpty();
        assertThat(order.getDateInvoice()).isEqualTo(LocalDate.of(2020, 3, 26));
        assertThat(order.getShipperName()).isEqualTo("CDEK");
        assertThat(order.getShipperAddress()).isEqualTo("Novosibirsk");
        assertThat(order.getDeliveryRecipientCost().getValue()).isEqualByComparingTo("0");
        assertThat(order.getSender().getName()).isEqualTo("Zhang san");
        assertThat(order.getSeller().getAddress()).isEqualTo("Shanghai, Changning District");
        assertThat(order.getRecipient().getName()).isEqualTo("Ivanov Sergei Petrovich");
        assertThat(order.getRecipient().getPhones()).extracting(Phone::getNumber).containsExactly("9990001234", "9990003456");

        Location from = order.getFromLocation();
        assertThat(from.getCode()).isEqualTo(12683);
        assertThat(from.getPostalCode()).isEqualTo("200050");
        assertThat(from.getLongitude()).isEqualTo(121.470462);
        assertThat(from.getLatitude()).isEqualTo(31.230863);
        assertThat(from.getCountryCode()).isEqualTo("CN");
        assertThat(from.getRegion()).isEqualTo("Шанхай");
        assertThat(from.getRegionCode()).isEqualTo(906);
        assertThat(from.getSubRegion()).isEmpty();
        assertThat(from.getCity()).isEqualTo("Шанхай");
        assertThat(from.getCountry()).isEqualTo("Китай (КНР)");
        Location to = order.getToLocation();
        assertThat(to.getCode()).isEqualTo(430);
        assertThat(to.getFiasGuid()).isEqualTo(UUID.fromString("bb035cc3-1dc2-4627-9d25-a1bf2d4b936b"));
        assertThat(to.getKladrCode()).isEqualTo("6300000100000");
        assertThat(to.getRegionCode()).isEqualTo(57);
        assertThat(to.getSubRegion()).isEqualTo("Самара");
        assertThat(to.getAddress()).isEqualTo("Lenina ulitsa, 35 28; Samara;Samarskaya oblast");
        assertThat(to.getCountry()).isEqualTo("Россия");

        assertThat(order.getPackages()).singleElement().satisfies(pkg -> {
            assertThat(pkg.getNumber()).isEqualTo("TEST6-CT789435359CN");
            assertThat(pkg.getWeight()).isEqualTo(120);
            assertThat(pkg.getLength()).isZero();
            assertThat(pkg.getItems()).singleElement().satisfies(item -> {
                assertThat(item.getName()).isEqualTo("Measuring tools");
                assertThat(item.getWareKey()).isEqualTo("WELRV0086000627YQ");
                assertThat(item.getPayment().getValue()).isEqualByComparingTo("0");
                assertThat(item.getWeight()).isEqualTo(120);
                assertThat(item.getWeightGross()).isEqualTo(120);
                assertThat(item.getAmount()).isEqualTo(1);
                assertThat(item.getCost()).isEqualByComparingTo("0");
                assertThat(item.getUrl()).isEmpty();
            });
        });
        assertThat(order.getStatuses()).extracting(Status::getCode, Status::getName, Status::getDateTime, Status::getCity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(OrderStatusCode.ACCEPTED, "Принят", "2020-03-27T14:24:45+0700", "Офис СДЭК"),
                        org.assertj.core.groups.Tuple.tuple(OrderStatusCode.CREATED, "Создан", "2020-03-27T14:24:46+0700", "Офис СДЭК"));
        assertThat(order.getShopSellerName()).isEqualTo("Zhang san");
        assertThat(order.getShopSellerAddress()).isEqualTo("Shanghai, Changning District");

        assertThat(info.getRequests()).singleElement().satisfies(request -> {
            assertThat(request.getType()).isEqualTo(RequestType.CREATE);
            assertThat(request.getState()).isEqualTo(RequestState.SUCCESSFUL);
            assertThat(request.getRequestUuid()).isEqualTo(UUID.fromString("72753033-45ac-4fa8-a9d1-962048fb63d0"));
        });
        assertThat(info.getRelatedEntities()).isNull();
    }

    @Test
    void get_order_reads_the_status_history_of_seed_sample_2_as_cdek_sends_it() {
        // as in the seed: location codes quoted (see the spec's "Choices made" 2), no requests, a placeholder delivery date
        cdek.answer(200, """
                {"entity": {"uuid": "72753033-a2e0-43e3-95e5-57c4c2e9bf4a", "is_return": false, "cdek_number": "1153700000",
                  "number": "5002234627011111", "tariff_code": 239, "delivery_recipient_cost": {}, "seller": {"name": ""},
                  "from_location": {"code": "44"}, "to_location": {"code": "281"},
                  "packages": [{"number": "8800912183354812345", "weight": 689, "length": 0, "width": 0, "height": 0,
                                "comment": "приложена опись",
                                "items": [{"name": "battery", "ware_key": "MAK-12V5AHLIG", "payment": {"value": 0.0, "vat_sum": 0.0},
                                           "weight": 800, "weight_gross": 800, "amount": 1, "cost": 0.0}]}],
                  "statuses": [
                    {"code": "CREATED", "name": "Создан", "date_time": "2019-12-18T10:03:15+0700", "city": "Москва"},
                    {"code": "ACCEPTED_AT_TRANSIT_WAREHOUSE", "name": "Принят на склад транзита", "date_time": "2020-02-21T17:49:46+0700", "city": "Офис СДЭК"},
                    {"code": "READY_FOR_SHIPMENT_IN_TRANSIT_CITY", "name": "Выдан на отправку в г.-транзите", "date_time": "2020-02-22T09:28:13+0700", "city": "Офис СДЭК"},
                    {"code": "TAKEN_BY_TRANSPORTER_FROM_TRANSIT_CITY", "name": "Сдан перевозчику в г.-транзите", "date_time": "2020-02-22T09:39:23+0700", "city": "Офис СДЭК"},
                    {"code": "SENT_TO_TRANSIT_CITY", "name": "Отправлен в г.-транзит", "date_time": "2020-02-22T09:40:41+0700", "city": "Офис СДЭК"},
                    {"code": "ACCEPTED_IN_TRANSIT_CITY", "name": "Встречен в г.-транзите", "date_time": "2020-03-31T08:25:07+0700", "city": "Красноярск"},
                    {"code": "SENT_TO_RECIPIENT_CITY", "name": "Отправлен в г.-получатель", "date_time": "2020-03-31T13:40:08+0700", "city": "Красноярск"},
                    {"code": "ARRIVED_AT_RECIPIENT_CITY", "name": "Встречен в г.-получателе", "date_time": "2020-04-01T09:01:13+0700", "city": "Иркутск"},
                    {"code": "ACCEPTED_AT_RECIPIENT_CITY_WAREHOUSE", "name": "Принят на склад доставки", "date_time": "2020-04-01T11:12:55+0700", "city": "Иркутск"}],
                  "delivery_date": "0002-11-28", "shop_seller_name": ""}}""");

        OrderInfo info = api.getOrder(UUID.fromString("72753033-a2e0-43e3-95e5-57c4c2e9bf4a"));

        Order order = info.getEntity();
        assertThat(order.getType()).isNull();
        assertThat(order.getFromLocation().getCode()).isEqualTo(44);
        assertThat(order.getToLocation().getCode()).isEqualTo(281);
        assertThat(order.getDeliveryRecipientCost().getValue()).isNull();
        assertThat(order.getDeliveryDate()).isEqualTo(LocalDate.of(2, 11, 28));
        assertThat(order.getPackages().get(0).getComment()).isEqualTo("приложена опись");
        assertThat(order.getPackages().get(0).getItems().get(0).getPayment().getVatSum()).isEqualByComparingTo("0");
        assertThat(order.getStatuses()).extracting(Status::getCode).containsExactly(
                OrderStatusCode.CREATED, OrderStatusCode.ACCEPTED_AT_TRANSIT_WAREHOUSE,
                OrderStatusCode.READY_FOR_SHIPMENT_IN_TRANSIT_CITY, OrderStatusCode.TAKEN_BY_TRANSPORTER_FROM_TRANSIT_CITY,
                OrderStatusCode.SENT_TO_TRANSIT_CITY, OrderStatusCode.ACCEPTED_IN_TRANSIT_CITY,
                OrderStatusCode.SENT_TO_RECIPIENT_CITY, OrderStatusCode.ARRIVED_AT_RECIPIENT_CITY,
                OrderStatusCode.ACCEPTED_AT_RECIPIENT_CITY_WAREHOUSE);
        assertThat(order.getStatuses()).extracting(Status::getReasonCode).containsOnlyNulls();
        assertThat(info.getRequests()).isNull();
    }

    @Test
    void get_order_reads_a_not_delivered_status_with_its_reason_code_and_the_return_order() {
        cdek.answer(200, """
                {"entity": {"uuid": "72753033-0c98-4dfb-81b0-e81ddd1f2c28", "type": 1, "is_return": false,
                  "cdek_number": "1169288867", "number": "TEST6-CT789435359CN", "tariff_code": 246,
                  "statuses": [
                    {"code": "TAKEN_BY_COURIER", "name": "Выдан на доставку", "date_time": "2020-04-02T10:15:00+0700", "city": "Самара"},
                    {"code": "NOT_DELIVERED", "name": "Не вручен", "date_time": "2020-04-02T16:40:00+0700", "reason_code": "11", "city": "Самара"}]},
                 "requests": [{"request_uuid": "72753033-45ac-4fa8-a9d1-962048fb63d0", "type": "CREATE",
                               "date_time": "2020-03-27T14:24:46+0700", "state": "SUCCESSFUL"}],
                 "related_entities": [{"type": "return_order", "uuid": "72753034-5c1f-4a1e-8f52-7d9b3c2e1a60"}]}""");

        OrderInfo info = api.getOrder(ORDER);

        Status last = info.getEntity().getStatuses().get(1);
        assertThat(last.getCode()).isEqualTo(OrderStatusCode.NOT_DELIVERED);
        assertThat(last.getReasonCode()).isEqualTo(StatusReasonCode.REFUSED_NO_REASON);
        assertThat(last.getReasonCode().getValue()).isEqualTo("11");
        assertThat(info.getEntity().getStatuses().get(0).getCode()).isEqualTo(OrderStatusCode.TAKEN_BY_COURIER);
        assertThat(info.getRelatedEntities()).singleElement().satisfies(related -> {
            assertThat(related.getType()).isEqualTo(RelatedEntityType.RETURN_ORDER);
            assertThat(related.getUuid()).isEqualTo(UUID.fromString("72753034-5c1f-4a1e-8f52-7d9b3c2e1a60"));
        });
    }

    @Test
    void a_partial_delivery_is_delivered_with_reason_code_20() {
        cdek.answer(200, """
                {"entity": {"uuid": "72753033-0c98-4dfb-81b0-e81ddd1f2c28",
                  "statuses": [{"code": "DELIVERED", "name": "Вручен", "date_time": "2020-04-02T16:40:00+0700",
                                "reason_code": "20", "city": "Самара"}]}}""");

        Status delivered = api.getOrder(ORDER).getEntity().getStatuses().get(0);

        assertThat(delivered.getCode()).isEqualTo(OrderStatusCode.DELIVERED);
        assertThat(delivered.getReasonCode()).isEqualTo(StatusReasonCode.PARTIAL_DELIVERY);
    }

    @Test
    void a_create_request_that_failed_later_is_read_as_data_not_raised() {
        cdek.answer(200, """
                {"entity": {"uuid": "72753033-11d7-419d-b903-f979d48305cb", "type": 1, "is_return": false,
                  "number": "TEST7-CT789435360CN", "tariff_code": 246,
                  "recipient": {"name": "Ivanov Sergei Petrovich", "phones": [{"number": "+79094768888"}]},
                  "to_location": {"code": 430, "city": "Самара", "address": "Lenina ulitsa, 35 28"},
                  "packages": [{"number": "TEST7-CT789435360CN", "weight": 120, "items": []}],
                  "statuses": [
                    {"code": "ACCEPTED", "name": "Принят", "date_time": "2020-03-27T14:13:41+0700", "city": "Офис СДЭК"},
                    {"code": "INVALID", "name": "Некорректный заказ", "date_time": "2020-03-27T14:13:42+0700", "city": "Офис СДЭК"}]},
                 "requests": [{"request_uuid": "72753033-a03b-421a-9764-3810d76f6af2", "type": "CREATE",
                               "date_time": "2020-03-27T14:13:42+0700", "state": "INVALID",
                               "errors": [{"code": "error_validate_package_im_without_goods",
                                           "message": "Package TEST7-CT789435360CN has no items (没填 items)"}]}]}""");

        OrderInfo info = api.getOrder(UUID.fromString("72753033-11d7-419d-b903-f979d48305cb"));

        assertThat(info.getEntity().getCdekNumber()).isNull();
        assertThat(info.getEntity().getPackages().get(0).getItems()).isEmpty();
        assertThat(info.getEntity().getStatuses()).extracting(Status::getCode)
                .containsExactly(OrderStatusCode.ACCEPTED, OrderStatusCode.INVALID);
        assertThat(info.getRequests()).singleElement().satisfies(request -> {
            assertThat(request.getState()).isEqualTo(RequestState.INVALID);
            assertThat(request.getErrors()).singleElement().satisfies(error -> {
                assertThat(error.getCode()).isEqualTo("error_validate_package_im_without_goods");
                assertThat(error.getMessage()).isEqualTo("Package TEST7-CT789435360CN has no items (没填 items)");
            });
        });
    }

    @Test
    void unknown_statuses_reason_codes_and_states_do_not_break_decoding() {
        cdek.answer(200, """
                {"entity": {"uuid": "72753033-0c98-4dfb-81b0-e81ddd1f2c28", "type": 3, "brand_new_field": {"x": 1},
                  "statuses": [{"code": "POSTOMAT_SEIZED", "name": "?", "date_time": "2020-04-02T16:40:00+0700",
                                "reason_code": "99", "city": "Самара"}]},
                 "requests": [{"type": "PRINT", "date_time": "2020-03-27T14:24:46+0700", "state": "PAUSED"}],
                 "related_entities": [{"type": "waybill", "uuid": "72753034-5c1f-4a1e-8f52-7d9b3c2e1a60"}]}""");

        OrderInfo info = api.getOrder(ORDER);

        Status status = info.getEntity().getStatuses().get(0);
        assertThat(status.getCode()).isEqualTo(OrderStatusCode.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(status.getReasonCode()).isEqualTo(StatusReasonCode.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(info.getEntity().getType()).isEqualTo(OrderType.NUMBER_unknown_default_open_api);
        assertThat(info.getRequests().get(0).getType()).isEqualTo(RequestType.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(info.getRequests().get(0).getState()).isEqualTo(RequestState.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(info.getRelatedEntities().get(0).getType()).isEqualTo(RelatedEntityType.UNKNOWN_DEFAULT_OPEN_API);
    }
}
