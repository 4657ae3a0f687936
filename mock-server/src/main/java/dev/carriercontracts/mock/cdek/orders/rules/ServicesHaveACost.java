package dev.carriercontracts.mock.cdek.orders.rules;

import dev.carriercontracts.mock.cdek.CdekError;
import dev.carriercontracts.mock.cdek.orders.OrderDraft;

import java.util.List;

/**
 * {@code ve_as_empty_cost}: an additional service whose parameter is a value comes with it. The
 * seed names no service; the spec's {@code Service.parameter} says insurance takes the declared
 * value, so the mock holds {@code INSURANCE} without {@code parameter} to this rule.
 */
final class ServicesHaveACost implements OrderRule {

    static final String INSURANCE = "INSURANCE";

    @Override
    public List<CdekError> check(OrderDraft order) {
        if (order.services() == null) {
            return List.of();
        }
        return order.services().stream()
                .filter(s -> INSURANCE.equals(s.code()) && s.parameter() == null)
                .map(s -> new CdekError("ve_as_empty_cost", "Additional service " + s.code() + " has no cost (parameter)"))
                .toList();
    }
}
