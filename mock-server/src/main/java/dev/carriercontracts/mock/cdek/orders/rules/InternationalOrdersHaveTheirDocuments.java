package dev.carriercontracts.mock.cdek.orders.rules;

import dev.carriercontracts.mock.cdek.CdekError;
import dev.carriercontracts.mock.cdek.orders.OrderDraft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The customs data of an international e-commerce order (sender and recipient in different
 * countries): the invoice date ({@code error_validate_international_date_invoice_is_required}),
 * the shipper ({@code error_validate_international_shipper_address_is_required}) and the seller's
 * address ({@code error_validate_international_seller_address_is_required}). An order whose
 * countries the mock cannot tell is taken as domestic.
 */
final class InternationalOrdersHaveTheirDocuments implements OrderRule {

    private final Countries countries;

    InternationalOrdersHaveTheirDocuments(Countries countries) {
        this.countries = countries;
    }

    @Override
    public List<CdekError> check(OrderDraft order) {
        List<CdekError> errors = new ArrayList<>();
        Optional<String> from = countries.of(order.fromLocation());
        Optional<String> to = countries.of(order.toLocation());
        if (!order.isEcommerce() || from.isEmpty() || to.isEmpty() || from.get().equals(to.get())) {
            return errors;
        }
        if (blank(order.dateInvoice())) {
            errors.add(new CdekError("error_validate_international_date_invoice_is_required",
                    "An international order needs date_invoice"));
        }
        if (blank(order.shipperName()) || blank(order.shipperAddress())) {
            errors.add(new CdekError("error_validate_international_shipper_address_is_required",
                    "An international order needs shipper_name and shipper_address"));
        }
        if (order.seller() == null || blank(order.seller().address())) {
            errors.add(new CdekError("error_validate_international_seller_address_is_required",
                    "An international order needs seller.address"));
        }
        return errors;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
