package dev.carriercontracts.mock.cdek.orders.rules;

import dev.carriercontracts.mock.cdek.CdekError;
import dev.carriercontracts.mock.cdek.orders.OrderDraft;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code error_validate_good_payment_absent}: every item says what the recipient pays for it on
 * delivery ({@code payment.value}, 0 when nothing).
 */
final class ItemsHaveAPayment implements OrderRule {

    @Override
    public List<CdekError> check(OrderDraft order) {
        List<CdekError> errors = new ArrayList<>();
        for (OrderDraft.ParcelPackage p : order.packages() == null ? List.<OrderDraft.ParcelPackage>of() : order.packages()) {
            for (OrderDraft.Item item : p.items() == null ? List.<OrderDraft.Item>of() : p.items()) {
                if (item.payment() == null || item.payment().value() == null) {
                    errors.add(new CdekError("error_validate_good_payment_absent", "Item "
                            + (item.wareKey() != null ? item.wareKey() : item.name()) + " has no payment; send payment.value 0 when there is no cash on delivery"));
                }
            }
        }
        return errors;
    }
}
