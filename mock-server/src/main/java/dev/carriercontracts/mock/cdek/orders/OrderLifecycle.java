package dev.carriercontracts.mock.cdek.orders;

import dev.carriercontracts.mock.cdek.config.CdekDelays;
import dev.carriercontracts.mock.cdek.lifecycle.Derivation;
import dev.carriercontracts.mock.cdek.lifecycle.Move;
import dev.carriercontracts.mock.cdek.lifecycle.OrderStatus;
import dev.carriercontracts.mock.cdek.lifecycle.Plan;
import dev.carriercontracts.mock.cdek.lifecycle.RequestState;
import dev.carriercontracts.mock.cdek.lifecycle.Stamp;
import dev.carriercontracts.mock.cdek.lifecycle.StateType;
import dev.carriercontracts.mock.cdek.lifecycle.Trigger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where an order and its CREATE request are at a given instant, derived from the order's creation,
 * its plan, the states forced on it and the configured delays. The request moves by itself
 * (ACCEPTED → WAITING → SUCCESSFUL / INVALID); the order follows its request out of ACCEPTED
 * (into CREATED or INVALID, at the instant the request ends), then through the logistics statuses
 * one {@code step} apart.
 */
public final class OrderLifecycle {

    private final CdekDelays delays;

    public OrderLifecycle(CdekDelays delays) {
        this.delays = delays;
    }

    public List<Stamp<RequestState>> requestTimeline(Order order, Instant now) {
        return Derivation.timeline(new Stamp<>(RequestState.ACCEPTED, order.createdAt()), order.forcedRequest(), now,
                timed(order.plan()));
    }

    public List<Stamp<OrderStatus>> statusTimeline(Order order, Instant now) {
        Stamp<RequestState> request = last(requestTimeline(order, now));
        Optional<Stamp<RequestState>> requestEnd = request.state().isFinal() ? Optional.of(request) : Optional.empty();
        return Derivation.timeline(new Stamp<>(OrderStatus.ACCEPTED, order.createdAt()), order.forcedStatuses(), now,
                statusNext(order.plan(), requestEnd));
    }

    public RequestState requestState(Order order, Instant now) {
        return last(requestTimeline(order, now)).state();
    }

    public Stamp<OrderStatus> status(Order order, Instant now) {
        return last(statusTimeline(order, now));
    }

    /** The order reached a status nothing leaves (delivered, not delivered, invalid, removed). */
    public boolean isFinished(Order order, Instant now) {
        return status(order, now).state().isFinal();
    }

    /** When the order will end if nothing is forced on it, once it is on its way; empty before and after. */
    public Optional<Instant> plannedEnd(Order order, Instant now) {
        Stamp<OrderStatus> current = status(order, now);
        if (current.state() == OrderStatus.ACCEPTED || current.state() == OrderStatus.INVALID || current.state() == OrderStatus.REMOVED) {
            return Optional.empty();
        }
        return Optional.of(Derivation.projectedEnd(current, statusNext(order.plan(), Optional.empty())).at());
    }

    /** The next state a machine reaches by itself, timed by the trigger's delay. */
    private <S extends Enum<S> & StateType<S>> UnaryOperator<Stamp<S>> timed(Plan plan) {
        return current -> current.state().automaticMove(plan)
                .map(move -> new Stamp<>(move.to(), current.at().plus(move.trigger().delay(delays)), reasonFor(move, plan)))
                .orElse(null);
    }

    private UnaryOperator<Stamp<OrderStatus>> statusNext(Plan plan, Optional<Stamp<RequestState>> requestEnd) {
        UnaryOperator<Stamp<OrderStatus>> timed = timed(plan);
        return current -> {
            if (current.state() != OrderStatus.ACCEPTED) {
                return timed.apply(current);
            }
            // out of ACCEPTED the order follows its CREATE request, when that ends
            if (requestEnd.isEmpty()) {
                return null;
            }
            Trigger trigger = requestEnd.get().state() == RequestState.SUCCESSFUL ? Trigger.REQUEST_SUCCESSFUL : Trigger.REQUEST_INVALID;
            Instant at = requestEnd.get().at().isBefore(current.at()) ? current.at() : requestEnd.get().at();
            return current.state().moves().stream().filter(m -> m.trigger() == trigger).findFirst()
                    .map(m -> new Stamp<>(m.to(), at)).orElse(null);
        };
    }

    private static <S extends Enum<S>> String reasonFor(Move<S> move, Plan plan) {
        return move.to().equals(plan.ending().status()) ? plan.ending().reasonCode() : null;
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
