package dev.carriercontracts.mock.cdek.orders;

import dev.carriercontracts.mock.cdek.CdekError;
import dev.carriercontracts.mock.cdek.lifecycle.OrderStatus;
import dev.carriercontracts.mock.cdek.lifecycle.Plan;
import dev.carriercontracts.mock.cdek.lifecycle.RequestState;
import dev.carriercontracts.mock.cdek.lifecycle.Stamp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A registered order, as stored: immutable; a forced state makes a new one. Its request's state
 * and its status are derived from {@code createdAt}, the {@link Plan} and the forced states (see
 * {@link OrderLifecycle}), never stored.
 *
 * @param sequence       the order of registration, server-wide (the store drops the oldest first)
 * @param errors         the business rules the order breaks (empty: CDEK will create it)
 * @param cdekNumber     the waybill number it gets once created (shown only from then on)
 * @param forcedRequest  states forced on the CREATE request, in the order they were forced
 * @param forcedStatuses statuses forced on the order, in the order they were forced
 */
public record Order(long sequence, UUID uuid, UUID requestUuid, String credentialId, Instant createdAt, OrderDraft draft,
                    List<CdekError> errors, Plan plan, String cdekNumber, List<Stamp<RequestState>> forcedRequest,
                    List<Stamp<OrderStatus>> forcedStatuses) {

    public Order {
        errors = List.copyOf(errors);
        forcedRequest = List.copyOf(forcedRequest);
        forcedStatuses = List.copyOf(forcedStatuses);
    }

    public Order withForcedRequest(Stamp<RequestState> forced) {
        List<Stamp<RequestState>> all = new ArrayList<>(forcedRequest);
        all.add(forced);
        return new Order(sequence, uuid, requestUuid, credentialId, createdAt, draft, errors, plan, cdekNumber, all, forcedStatuses);
    }

    public Order withForcedStatus(Stamp<OrderStatus> forced) {
        List<Stamp<OrderStatus>> all = new ArrayList<>(forcedStatuses);
        all.add(forced);
        return new Order(sequence, uuid, requestUuid, credentialId, createdAt, draft, errors, plan, cdekNumber, forcedRequest, all);
    }
}
