package dev.carriercontracts.mock.cdek.orders.rules;

import dev.carriercontracts.mock.cdek.CdekError;
import dev.carriercontracts.mock.cdek.config.CdekSettings;
import dev.carriercontracts.mock.cdek.orders.OrderDraft;

import java.util.ArrayList;
import java.util.List;

/** Every rule a new order must keep, in the order their errors are reported. */
public final class OrderRules {

    private final List<OrderRule> rules;

    public OrderRules(CdekSettings settings) {
        Countries countries = new Countries(settings);
        this.rules = List.of(
                new TariffServesTheShipment(settings),
                new PackagesHaveAWeight(),
                new EcommercePackagesHaveItems(),
                new ItemsHaveAPayment(),
                new ItemCountIsInRange(),
                new ServicesHaveACost(),
                new RecipientPhoneIsValid(countries),
                new InternationalOrdersHaveTheirDocuments(countries));
    }

    /** Every error the order has; empty when CDEK will create it. */
    public List<CdekError> check(OrderDraft order) {
        List<CdekError> errors = new ArrayList<>();
        for (OrderRule rule : rules) {
            errors.addAll(rule.check(order));
        }
        return List.copyOf(errors);
    }
}
