package dev.carriercontracts.mock.cdek.orders;

import dev.carriercontracts.mock.cdek.CdekError;
import dev.carriercontracts.mock.cdek.CdekTime;
import dev.carriercontracts.mock.cdek.config.CdekSettings;
import dev.carriercontracts.mock.cdek.lifecycle.OrderStatus;
import dev.carriercontracts.mock.cdek.lifecycle.RequestState;
import dev.carriercontracts.mock.cdek.lifecycle.Stamp;
import dev.carriercontracts.mock.cdek.wire.EntityRef;
import dev.carriercontracts.mock.cdek.wire.OrderAcceptedBody;
import dev.carriercontracts.mock.cdek.wire.OrderEntityBody;
import dev.carriercontracts.mock.cdek.wire.OrderInfoBody;
import dev.carriercontracts.mock.cdek.wire.RequestBody;
import dev.carriercontracts.mock.cdek.wire.StatusBody;

import java.time.Instant;
import java.util.List;

/** An order as CDEK's answers show it, at an instant. */
public final class OrderView {

    /** CDEK's office, where the data checks happen: the city of ACCEPTED, CREATED and INVALID (seed sample 1). */
    static final String CDEK_OFFICE = "Офис СДЭК";
    /** The error of a CREATE request forced INVALID when the order itself breaks no rule. */
    static final CdekError FORCED_INVALID = new CdekError("v2_entity_invalid", "The order was made invalid through the mock's admin API");

    private final OrderLifecycle lifecycle;
    private final CdekTime time;
    private final LocationResolver locations;
    private final String transitCity;

    public OrderView(OrderLifecycle lifecycle, CdekSettings settings) {
        this.lifecycle = lifecycle;
        this.time = new CdekTime(settings.zone());
        this.locations = new LocationResolver(settings);
        this.transitCity = settings.transitCity();
    }

    /** The answer to {@code createOrder}: the uuid and the CREATE request, ACCEPTED. */
    public OrderAcceptedBody accepted(Order order) {
        return new OrderAcceptedBody(new EntityRef(order.uuid().toString()), List.of(new RequestBody(order.requestUuid().toString(),
                "CREATE", time.dateTime(order.createdAt()), RequestState.ACCEPTED.name(), List.of())));
    }

    /** The answer to {@code getOrder}. */
    public OrderInfoBody info(Order order, Instant now) {
        List<Stamp<RequestState>> requests = lifecycle.requestTimeline(order, now);
        Stamp<RequestState> request = requests.get(requests.size() - 1);
        OrderDraft d = order.draft();
        OrderDraft.Location from = locations.resolve(d.fromLocation());
        OrderDraft.Location to = locations.resolve(d.toLocation());
        String fromCity = locations.cityName(from).orElse(CDEK_OFFICE);
        String toCity = locations.cityName(to).orElse(CDEK_OFFICE);
        List<StatusBody> statuses = lifecycle.statusTimeline(order, now).stream()
                .map(s -> new StatusBody(s.state().name(), s.state().russianName(), time.dateTime(s.at()), s.reasonCode(),
                        city(s.state(), fromCity, toCity)))
                .toList();
        boolean created = request.state() == RequestState.SUCCESSFUL;
        String number = d.number() != null || !d.isEcommerce() ? d.number() : order.uuid().toString();
        OrderEntityBody entity = new OrderEntityBody(order.uuid().toString(), d.type() == null ? 1 : d.type(), false,
                created ? order.cdekNumber() : null, number, d.tariffCode(), d.comment(), d.shipmentPoint(), d.deliveryPoint(),
                d.dateInvoice(), d.shipperName(), d.shipperAddress(), d.deliveryRecipientCost(), d.deliveryRecipientCostAdv(),
                d.sender(), d.seller(), d.recipient(), from, to, d.services(), d.packages(), statuses,
                lifecycle.plannedEnd(order, now).map(at -> time.date(at).toString()).orElse(null),
                d.seller() == null ? null : d.seller().name(), d.seller() == null ? null : d.seller().address());
        List<CdekError> errors = request.state() != RequestState.INVALID ? List.of()
                : order.errors().isEmpty() ? List.of(FORCED_INVALID) : order.errors();
        RequestBody create = new RequestBody(order.requestUuid().toString(), "CREATE", time.dateTime(request.at()),
                request.state().name(), errors);
        return new OrderInfoBody(entity, List.of(create));
    }

    private String city(OrderStatus status, String fromCity, String toCity) {
        return switch (status.place()) {
            case OFFICE -> CDEK_OFFICE;
            case SENDER_CITY -> fromCity;
            case TRANSIT_CITY -> transitCity;
            case RECIPIENT_CITY -> toCity;
        };
    }
}
