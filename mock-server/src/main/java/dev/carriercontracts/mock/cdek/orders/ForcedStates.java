package dev.carriercontracts.mock.cdek.orders;

import dev.carriercontracts.mock.carrier.EntityView;
import dev.carriercontracts.mock.carrier.ForceResult;
import dev.carriercontracts.mock.carrier.StateChange;
import dev.carriercontracts.mock.cdek.lifecycle.OrderStatus;
import dev.carriercontracts.mock.cdek.lifecycle.ReasonCodes;
import dev.carriercontracts.mock.cdek.lifecycle.RequestState;
import dev.carriercontracts.mock.cdek.lifecycle.Stamp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admin API's view of CDEK: orders (kind {@code order}, by uuid, in the seed's status codes)
 * and their CREATE requests (kind {@code request}, by {@code request_uuid}); forcing one into a
 * state it can reach from where it is. An order forced past ACCEPTED also ends its request
 * (SUCCESSFUL, or INVALID for a forced INVALID), since CDEK only moves created orders. A forced
 * {@code NOT_DELIVERED} may name its reason ({@code NOT_DELIVERED-26}; 11, refused without a
 * reason, when it does not), a forced {@code DELIVERED-20} is a partial delivery.
 */
public final class ForcedStates {

    private static final Pattern STATUS = Pattern.compile("^([A-Z_]+)(?:-([0-9]{1,2}))?$");

    private final OrderStore store;
    private final OrderLifecycle lifecycle;

    public ForcedStates(OrderStore store, OrderLifecycle lifecycle) {
        this.store = store;
        this.lifecycle = lifecycle;
    }

    public ForceResult forceRequest(String id, String state, Instant now) {
        Optional<Order> order = uuid(id).flatMap(store::byRequestUuid);
        if (order.isEmpty()) {
            return new ForceResult.UnknownEntity();
        }
        Optional<RequestState> target = Arrays.stream(RequestState.values()).filter(s -> s.name().equals(state)).findFirst();
        if (target.isEmpty()) {
            return new ForceResult.UnknownState(Arrays.stream(RequestState.values()).map(Enum::name).toList());
        }
        RequestState current = lifecycle.requestState(order.get(), now);
        if (!current.canReach(target.get())) {
            return new ForceResult.Refused("a " + current + " request cannot become " + state);
        }
        return store.update(order.get().uuid(), o -> o.withForcedRequest(new Stamp<>(target.get(), now)))
                .<ForceResult>map(o -> new ForceResult.Forced(requestView(o, now)))
                .orElseGet(ForceResult.UnknownEntity::new);
    }

    public ForceResult forceOrder(String id, String state, Instant now) {
        Optional<Order> order = uuid(id).flatMap(store::byUuid);
        if (order.isEmpty()) {
            return new ForceResult.UnknownEntity();
        }
        Matcher m = STATUS.matcher(state);
        Optional<OrderStatus> target = m.matches()
                ? Arrays.stream(OrderStatus.values()).filter(s -> s.name().equals(m.group(1))).findFirst() : Optional.empty();
        if (target.isEmpty()) {
            return new ForceResult.UnknownState(statusNames());
        }
        String reason = m.group(2);
        if (reason == null && target.get() == OrderStatus.NOT_DELIVERED) {
            reason = ReasonCodes.REFUSED_NO_REASON;
        }
        if (reason != null && ReasonCodes.statusOf(reason).orElse(null) != target.get()) {
            return new ForceResult.UnknownState(statusNames());
        }
        OrderStatus current = lifecycle.status(order.get(), now).state();
        if (!current.canReach(target.get())) {
            return new ForceResult.Refused("a " + current + " order cannot become " + target.get());
        }
        Stamp<OrderStatus> forced = new Stamp<>(target.get(), now, reason);
        return store.update(order.get().uuid(), o -> {
                    Order changed = o;
                    if (!lifecycle.requestState(o, now).isFinal()) {
                        changed = changed.withForcedRequest(new Stamp<>(
                                target.get() == OrderStatus.INVALID ? RequestState.INVALID : RequestState.SUCCESSFUL, now));
                    }
                    return changed.withForcedStatus(forced);
                })
                .<ForceResult>map(o -> new ForceResult.Forced(orderView(o, now)))
                .orElseGet(ForceResult.UnknownEntity::new);
    }

    /** Each order and its CREATE request, oldest first. */
    public List<EntityView> views(List<Order> orders, Instant now) {
        List<EntityView> views = new ArrayList<>(orders.size() * 2);
        for (Order o : orders) {
            views.add(orderView(o, now));
            views.add(requestView(o, now));
        }
        return views;
    }

    private EntityView orderView(Order o, Instant now) {
        List<StateChange> timeline = lifecycle.statusTimeline(o, now).stream().map(s -> new StateChange(s.state().name(), s.at())).toList();
        return new EntityView("order", o.uuid().toString(), o.credentialId(), timeline.get(timeline.size() - 1).state(), timeline);
    }

    private EntityView requestView(Order o, Instant now) {
        List<StateChange> timeline = lifecycle.requestTimeline(o, now).stream().map(s -> new StateChange(s.state().name(), s.at())).toList();
        return new EntityView("request", o.requestUuid().toString(), o.credentialId(), timeline.get(timeline.size() - 1).state(), timeline);
    }

    private static List<String> statusNames() {
        List<String> names = new ArrayList<>(Arrays.stream(OrderStatus.values()).map(Enum::name).toList());
        names.add("NOT_DELIVERED-<reason code 1-27 but 20>");
        names.add("DELIVERED-20");
        return names;
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
