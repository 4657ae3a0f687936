package dev.carriercontracts.mock.cdek.orders;

import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.cdek.CdekError;
import dev.carriercontracts.mock.cdek.errors.CdekErrors;
import dev.carriercontracts.mock.cdek.lifecycle.MagicNumber;
import dev.carriercontracts.mock.cdek.lifecycle.Plan;
import dev.carriercontracts.mock.cdek.orders.rules.OrderRules;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code POST /orders} and {@code GET /orders/{uuid}}: parse, ask the store, answer. */
public final class OrderEndpoints {

    private final OrderStore store;
    private final OrderRules rules;
    private final OrderLifecycle lifecycle;
    private final OrderView view;
    private final CdekErrors errors;

    public OrderEndpoints(OrderStore store, OrderRules rules, OrderLifecycle lifecycle, OrderView view, CdekErrors errors) {
        this.store = store;
        this.rules = rules;
        this.lifecycle = lifecycle;
        this.view = view;
        this.errors = errors;
    }

    /**
     * Registers the order and answers 202 at once; the business rules are judged now but show
     * only when the CREATE request is processed, as on CDEK.
     */
    public void create(CarrierCall call) {
        OrderDraft draft;
        try {
            draft = call.bodyAs(OrderDraft.class);
        } catch (IllegalArgumentException outOfRange) {
            // the spec's integers are unbounded; a value beyond Java's int is CDEK's "wrong value type"
            call.fail(errors.creating().error(400, new CdekError("v2_invalid_value_type", outOfRange.getMessage())));
            return;
        }
        List<CdekError> broken = rules.check(draft);
        Plan plan = new Plan(broken.isEmpty(), draft.deliveryPoint() != null && !draft.deliveryPoint().isBlank(),
                MagicNumber.endingFor(draft.number()));
        OrderStore.Identity id = store.newIdentity();
        Order order = new Order(id.sequence(), id.uuid(), id.requestUuid(), call.credential().id(), call.now(), draft, broken,
                plan, id.cdekNumber(), List.of(), List.of());
        store.add(order, stored -> lifecycle.isFinished(stored, call.now()));
        call.respond(202, view.accepted(order));
    }

    public void read(CarrierCall call) {
        String uuid = call.pathParam("uuid");
        Optional<Order> order = parse(uuid).flatMap(id -> store.find(call.credential().id(), id));
        if (order.isEmpty()) {
            call.fail(errors.notFound("Entity is not found by uuid " + uuid));
            return;
        }
        call.respond(200, view.info(order.get(), call.now()));
    }

    private static Optional<UUID> parse(String uuid) {
        try {
            return Optional.of(UUID.fromString(uuid));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
