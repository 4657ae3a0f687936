package dev.carriercontracts.mock.cdek.orders.rules;

import dev.carriercontracts.mock.cdek.CdekError;
import dev.carriercontracts.mock.cdek.config.CdekSettings;
import dev.carriercontracts.mock.cdek.config.Tariff;
import dev.carriercontracts.mock.cdek.orders.OrderDraft;

import java.util.List;
import java.util.Optional;

/**
 * {@code ERR_RESULT_SERVICE_EMPTY}: the tariff cannot serve this shipment. In the mock: a tariff
 * the catalogue does not list, or an order heavier than the tariff takes (every listed tariff
 * serves every route).
 */
final class TariffServesTheShipment implements OrderRule {

    static final String CODE = "ERR_RESULT_SERVICE_EMPTY";

    private final CdekSettings settings;

    TariffServesTheShipment(CdekSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<CdekError> check(OrderDraft order) {
        Optional<Tariff> tariff = settings.tariff(order.tariffCode());
        if (tariff.isEmpty()) {
            return List.of(new CdekError(CODE, "Tariff " + order.tariffCode() + " is not available for this sender location, recipient location and weight"));
        }
        long weight = order.packages() == null ? 0 : order.packages().stream()
                .mapToLong(p -> p.weight() == null ? 0 : p.weight()).sum();
        if (weight > tariff.get().maxWeightGrams()) {
            return List.of(new CdekError(CODE, "Tariff " + order.tariffCode() + " takes at most " + tariff.get().maxWeightGrams()
                    + " g; the order weighs " + weight + " g"));
        }
        return List.of();
    }
}
