package dev.carriercontracts.mock.cdek.orders.rules;

import dev.carriercontracts.mock.cdek.CdekError;
import dev.carriercontracts.mock.cdek.orders.OrderDraft;

import java.util.List;

/**
 * One of CDEK's business rules for a new order (the seed's 常见异常 table): checked while the
 * CREATE request is processed, after the schema has accepted the body. A broken rule makes the
 * request INVALID with the rule's code.
 */
@FunctionalInterface
public interface OrderRule {

    /** What the order breaks, one error per offending part; empty when the rule holds. */
    List<CdekError> check(OrderDraft order);
}
