package dev.carriercontracts.mock.cdek;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import static dev.carriercontracts.mock.cdek.CdekServer.order;
import static dev.carriercontracts.mock.cdek.CdekServer.register;
import static dev.carriercontracts.mock.cdek.Orders.firstItem;
import static dev.carriercontracts.mock.cdek.Orders.firstPackage;
import static dev.carriercontracts.mock.cdek.Orders.phones;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's business rules (常见异常): an order that breaks one is accepted (202) like any other, and
 * its CREATE request ends INVALID with the rule's code once processed; the order ends INVALID, with
 * no CDEK number, and goes no further.
 */
class CdekOrderRulesTest {

    private static CdekServer cdek;
    private static SpecCheckedClient client;

    @BeforeAll
    static void start() {
        cdek = CdekServer.start();
    }

    @AfterAll
    static void stop() {
        cdek.close();
    }

    @BeforeEach
    void reset() {
        cdek.server.admin().resetAll();
        cdek.server.clock().set(CdekServer.START);
        client = cdek.client();
    }

    /** Registers the valid order with a change, lets CDEK process it, and returns the error codes of its CREATE request. */
    private static List<String> errorCodes(Consumer<ObjectNode> change) {
        JsonNode request = processed(change).path("requests").get(0);
        return request.path("errors").findValuesAsText("code");
    }

    private static JsonNode processed(Consumer<ObjectNode> change) {
        String uuid = register(client, Orders.with(change));
        cdek.advance(CdekServer.PROCESSING);
        return order(client, uuid);
    }

    @Test
    void an_order_that_breaks_a_rule_ends_invalid_without_a_cdek_number_and_goes_no_further() {
        String uuid = register(client, Orders.with(o -> firstPackage(o).remove("items")));

        JsonNode accepted = order(client, uuid);
        assertThat(accepted.path("requests").get(0).path("state").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("requests").get(0).has("errors")).isFalse();

        cdek.advance(Duration.ofMinutes(30));

        JsonNode info = order(client, uuid);
        JsonNode request = info.path("requests").get(0);
        assertThat(request.path("state").asText()).isEqualTo("INVALID");
        assertThat(request.path("date_time").asText()).isEqualTo("2026-03-02T15:00:02+0700");
        assertThat(request.path("errors").get(0).path("code").asText()).isEqualTo("error_validate_package_im_without_goods");
        assertThat(request.path("errors").get(0).path("message").asText()).isEqualTo("Package TEST6-CT789435359CN has no items");
        assertThat(info.path("entity").has("cdek_number")).isFalse();
        assertThat(info.path("entity").has("delivery_date")).isFalse();
        assertThat(info.path("entity").path("statuses").findValuesAsText("code")).containsExactly("ACCEPTED", "INVALID");
        assertThat(info.path("entity").path("statuses").get(1).path("name").asText()).isEqualTo("Некорректный заказ");
    }

    @Test
    void an_unknown_tariff_cannot_serve_the_shipment() {
        assertThat(errorCodes(o -> o.put("tariff_code", 1))).containsExactly("ERR_RESULT_SERVICE_EMPTY");
    }

    @Test
    void an_order_heavier_than_its_tariff_takes_cannot_be_served() {
        assertThat(errorCodes(o -> firstPackage(o).put("weight", 30_001))).containsExactly("ERR_RESULT_SERVICE_EMPTY");
    }

    @Test
    void a_package_without_weight_is_too_light() {
        assertThat(errorCodes(o -> firstPackage(o).remove("weight"))).containsExactly("ve_package_weight_too_small");
    }

    @Test
    void a_package_of_zero_grams_is_too_light() {
        assertThat(errorCodes(o -> firstPackage(o).put("weight", 0))).containsExactly("ve_package_weight_too_small");
    }

    @Test
    void an_ecommerce_package_with_an_empty_item_list_has_no_goods() {
        assertThat(errorCodes(o -> firstPackage(o).putArray("items"))).containsExactly("error_validate_package_im_without_goods");
    }

    @Test
    void a_regular_delivery_needs_no_items() {
        JsonNode info = processed(o -> {
            o.put("type", 2);
            firstPackage(o).remove("items");
        });

        assertThat(info.path("requests").get(0).path("state").asText()).isEqualTo("SUCCESSFUL");
    }

    @Test
    void an_item_without_payment_is_refused() {
        assertThat(errorCodes(o -> firstItem(o).remove("payment"))).containsExactly("error_validate_good_payment_absent");
    }

    @Test
    void a_payment_without_value_is_refused() {
        assertThat(errorCodes(o -> firstItem(o).putObject("payment").put("vat_sum", 0))).containsExactly("error_validate_good_payment_absent");
    }

    @Test
    void an_order_of_zero_items_is_out_of_range() {
        assertThat(errorCodes(o -> firstItem(o).put("amount", 0))).containsExactly("error_validate_total_good_count_not_in_range");
    }

    @Test
    void an_order_of_more_than_ten_thousand_items_is_out_of_range() {
        assertThat(errorCodes(o -> firstItem(o).put("amount", 10_001))).containsExactly("error_validate_total_good_count_not_in_range");
    }

    @Test
    void ten_thousand_items_are_in_range() {
        assertThat(errorCodes(o -> firstItem(o).put("amount", 10_000))).isEmpty();
    }

    @Test
    void insurance_without_its_cost_is_refused() {
        assertThat(errorCodes(o -> o.putArray("services").addObject().put("code", "INSURANCE"))).containsExactly("ve_as_empty_cost");
    }

    @Test
    void insurance_with_its_declared_value_is_fine() {
        assertThat(errorCodes(o -> o.putArray("services").addObject().put("code", "INSURANCE").put("parameter", 1500))).isEmpty();
    }

    @Test
    void a_recipient_without_a_phone_is_refused() {
        assertThat(errorCodes(o -> o.withObject("/recipient").remove("phones"))).containsExactly("error_validate_receiver_phone_number_incorrect");
    }

    @Test
    void a_recipient_in_russia_needs_a_russian_mobile_number() {
        assertThat(errorCodes(o -> phones(o).removeAll().addObject().put("number", "+74951234567")))
                .containsExactly("error_validate_receiver_phone_number_incorrect");
    }

    @Test
    void a_russian_mobile_number_is_accepted_with_or_without_the_country_code_and_decoration() {
        assertThat(errorCodes(o -> {
            phones(o).removeAll();
            phones(o).addObject().put("number", "+7 (909) 476-88-88");
            phones(o).addObject().put("number", "9990001234");
        })).isEmpty();
    }

    @Test
    void a_recipient_outside_russia_may_have_any_number() {
        assertThat(errorCodes(o -> {
            o.putObject("to_location").put("country_code", "KZ").put("city", "Алматы");
            phones(o).removeAll().addObject().put("number", "+77011234567");
        })).isEmpty();
    }

    @Test
    void an_international_ecommerce_order_needs_its_invoice_date_shipper_and_seller_address() {
        assertThat(errorCodes(o -> {
            o.remove("date_invoice");
            o.remove("shipper_address");
            o.withObject("/seller").remove("address");
        })).containsExactly("error_validate_international_date_invoice_is_required",
                "error_validate_international_shipper_address_is_required",
                "error_validate_international_seller_address_is_required");
    }

    @Test
    void a_missing_shipper_name_is_reported_as_missing_shipper_data() {
        assertThat(errorCodes(o -> o.remove("shipper_name"))).containsExactly("error_validate_international_shipper_address_is_required");
    }

    @Test
    void a_domestic_order_needs_no_customs_data() {
        assertThat(errorCodes(o -> {
            o.putObject("from_location").put("code", 44);
            o.remove("date_invoice");
            o.remove("shipper_name");
            o.remove("shipper_address");
            o.remove("seller");
        })).isEmpty();
    }

    @Test
    void every_broken_rule_is_reported() {
        assertThat(errorCodes(o -> {
            o.put("tariff_code", 1);
            firstPackage(o).put("weight", 0);
            firstItem(o).remove("payment");
        })).containsExactly("ERR_RESULT_SERVICE_EMPTY", "ve_package_weight_too_small", "error_validate_good_payment_absent");
    }
}
