package dev.carriercontracts.mock.cdek.orders.rules;

import dev.carriercontracts.mock.cdek.CdekError;
import dev.carriercontracts.mock.cdek.orders.OrderDraft;

import java.util.ArrayList;
import java.util.List;

/** {@code ve_package_weight_too_small}: every package has a weight of at least 1 g. */
final class PackagesHaveAWeight implements OrderRule {

    @Override
    public List<CdekError> check(OrderDraft order) {
        List<CdekError> errors = new ArrayList<>();
        List<OrderDraft.ParcelPackage> packages = order.packages() == null ? List.of() : order.packages();
        for (int i = 0; i < packages.size(); i++) {
            OrderDraft.ParcelPackage p = packages.get(i);
            if (p.weight() == null || p.weight() < 1) {
                errors.add(new CdekError("ve_package_weight_too_small", "Package " + name(p, i)
                        + (p.weight() == null ? " has no weight" : " weighs less than 1 g")));
            }
        }
        return errors;
    }

    static String name(OrderDraft.ParcelPackage p, int index) {
        return p.number() != null ? p.number() : "#" + (index + 1);
    }
}
