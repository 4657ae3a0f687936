package dev.carriercontracts.mock.cdek.orders.rules;

import dev.carriercontracts.mock.cdek.CdekError;
import dev.carriercontracts.mock.cdek.orders.OrderDraft;

import java.util.List;
import java.util.stream.Stream;

/**
 * {@code error_validate_total_good_count_not_in_range}: an order that lists items holds 1 to
 * 10,000 of them in all (the sum of the items' {@code amount}). An order without any item is left
 * to {@link EcommercePackagesHaveItems}.
 */
final class ItemCountIsInRange implements OrderRule {

    static final long MAX = 10_000;

    @Override
    public List<CdekError> check(OrderDraft order) {
        List<OrderDraft.Item> items = order.packages() == null ? List.of() : order.packages().stream()
                .flatMap(p -> p.items() == null ? Stream.<OrderDraft.Item>empty() : p.items().stream())
                .toList();
        if (items.isEmpty()) {
            return List.of();
        }
        long total = items.stream().mapToLong(i -> i.amount() == null ? 0 : i.amount()).sum();
        if (total < 1 || total > MAX) {
            return List.of(new CdekError("error_validate_total_good_count_not_in_range",
                    "Общее количество товаров в заказе должно быть от 1 до 10,000 (the order holds " + total + ")"));
        }
        return List.of();
    }
}
