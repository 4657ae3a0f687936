package dev.carriercontracts.mock.cdek.orders.rules;

import dev.carriercontracts.mock.cdek.CdekError;
import dev.carriercontracts.mock.cdek.orders.OrderDraft;

import java.util.ArrayList;
import java.util.List;

/** {@code error_validate_package_im_without_goods}: every package of an e-commerce order lists its items. */
final class EcommercePackagesHaveItems implements OrderRule {

    @Override
    public List<CdekError> check(OrderDraft order) {
        List<CdekError> errors = new ArrayList<>();
        if (!order.isEcommerce() || order.packages() == null) {
            return errors;
        }
        for (int i = 0; i < order.packages().size(); i++) {
            OrderDraft.ParcelPackage p = order.packages().get(i);
            if (p.items() == null || p.items().isEmpty()) {
                errors.add(new CdekError("error_validate_package_im_without_goods",
                        "Package " + PackagesHaveAWeight.name(p, i) + " has no items"));
            }
        }
        return errors;
    }
}
