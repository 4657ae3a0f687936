package dev.carriercontracts.mock.cdek.lifecycle;

import java.util.List;

import static dev.carriercontracts.mock.cdek.lifecycle.Trigger.AFTER_STEP;
import static dev.carriercontracts.mock.cdek.lifecycle.Trigger.FORCED;

/**
 * The order status codes of the seed (订单状态描述), with the Russian name CDEK reports and where each
 * is set. The normal path runs through the sender city, one transit city and the recipient city to
 * a pick-up point or a courier, and ends DELIVERED or NOT_DELIVERED; the RETURNED_TO_* detours and
 * REMOVED happen only when forced (the mock has no delete operation).
 */
public enum OrderStatus implements StateType<OrderStatus> {
    ACCEPTED("Принят", Place.OFFICE),
    CREATED("Создан", Place.OFFICE),
    REMOVED("Удален", Place.OFFICE),
    RECEIVED_AT_SENDER_WAREHOUSE("Принят на склад отправителя", Place.SENDER_CITY),
    READY_FOR_SHIPMENT_IN_SENDER_CITY("Выдан на отправку в г. отправителе", Place.SENDER_CITY),
    RETURNED_TO_SENDER_CITY_WAREHOUSE("Возвращен на склад отправителя", Place.SENDER_CITY),
    TAKEN_BY_TRANSPORTER_FROM_SENDER_CITY("Сдан перевозчику в г. отправителе", Place.SENDER_CITY),
    SENT_TO_TRANSIT_CITY("Отправлен в г.-транзит", Place.SENDER_CITY),
    ACCEPTED_IN_TRANSIT_CITY("Встречен в г.-транзите", Place.TRANSIT_CITY),
    ACCEPTED_AT_TRANSIT_WAREHOUSE("Принят на склад транзита", Place.TRANSIT_CITY),
    RETURNED_TO_TRANSIT_WAREHOUSE("Возвращен на склад транзита", Place.TRANSIT_CITY),
    READY_FOR_SHIPMENT_IN_TRANSIT_CITY("Выдан на отправку в г.-транзите", Place.TRANSIT_CITY),
    TAKEN_BY_TRANSPORTER_FROM_TRANSIT_CITY("Сдан перевозчику в г.-транзите", Place.TRANSIT_CITY),
    SENT_TO_RECIPIENT_CITY("Отправлен в г.-получатель", Place.TRANSIT_CITY),
    ARRIVED_AT_RECIPIENT_CITY("Встречен в г.-получателе", Place.RECIPIENT_CITY),
    ACCEPTED_AT_RECIPIENT_CITY_WAREHOUSE("Принят на склад доставки", Place.RECIPIENT_CITY),
    ACCEPTED_AT_PICK_UP_POINT("Принят на склад до востребования", Place.RECIPIENT_CITY),
    TAKEN_BY_COURIER("Выдан на доставку", Place.RECIPIENT_CITY),
    RETURNED_TO_RECIPIENT_CITY_WAREHOUSE("Возвращен на склад доставки", Place.RECIPIENT_CITY),
    DELIVERED("Вручен", Place.RECIPIENT_CITY),
    NOT_DELIVERED("Не вручен", Place.RECIPIENT_CITY),
    INVALID("Некорректный заказ", Place.OFFICE);

    private final String russianName;
    private final Place place;

    OrderStatus(String russianName, Place place) {
        this.russianName = russianName;
        this.place = place;
    }

    /** The status name as CDEK writes it. */
    public String russianName() {
        return russianName;
    }

    public Place place() {
        return place;
    }

    @Override
    public List<Move<OrderStatus>> moves() {
        return switch (this) {
            case ACCEPTED -> List.of(new Move<>(CREATED, Trigger.REQUEST_SUCCESSFUL), new Move<>(INVALID, Trigger.REQUEST_INVALID));
            case CREATED -> List.of(step(RECEIVED_AT_SENDER_WAREHOUSE), forced(REMOVED));
            case RECEIVED_AT_SENDER_WAREHOUSE -> List.of(step(READY_FOR_SHIPMENT_IN_SENDER_CITY));
            case READY_FOR_SHIPMENT_IN_SENDER_CITY -> List.of(step(TAKEN_BY_TRANSPORTER_FROM_SENDER_CITY));
            case TAKEN_BY_TRANSPORTER_FROM_SENDER_CITY -> List.of(step(SENT_TO_TRANSIT_CITY), forced(RETURNED_TO_SENDER_CITY_WAREHOUSE));
            case RETURNED_TO_SENDER_CITY_WAREHOUSE -> List.of(step(READY_FOR_SHIPMENT_IN_SENDER_CITY));
            case SENT_TO_TRANSIT_CITY -> List.of(step(ACCEPTED_IN_TRANSIT_CITY));
            case ACCEPTED_IN_TRANSIT_CITY -> List.of(step(ACCEPTED_AT_TRANSIT_WAREHOUSE));
            case ACCEPTED_AT_TRANSIT_WAREHOUSE -> List.of(step(READY_FOR_SHIPMENT_IN_TRANSIT_CITY));
            case READY_FOR_SHIPMENT_IN_TRANSIT_CITY -> List.of(step(TAKEN_BY_TRANSPORTER_FROM_TRANSIT_CITY));
            case TAKEN_BY_TRANSPORTER_FROM_TRANSIT_CITY -> List.of(step(SENT_TO_RECIPIENT_CITY), forced(RETURNED_TO_TRANSIT_WAREHOUSE));
            case RETURNED_TO_TRANSIT_WAREHOUSE -> List.of(step(READY_FOR_SHIPMENT_IN_TRANSIT_CITY));
            case SENT_TO_RECIPIENT_CITY -> List.of(step(ARRIVED_AT_RECIPIENT_CITY));
            case ARRIVED_AT_RECIPIENT_CITY -> List.of(step(ACCEPTED_AT_RECIPIENT_CITY_WAREHOUSE));
            case ACCEPTED_AT_RECIPIENT_CITY_WAREHOUSE -> List.of(new Move<>(ACCEPTED_AT_PICK_UP_POINT, Trigger.STEP_TO_PICK_UP_POINT),
                    new Move<>(TAKEN_BY_COURIER, Trigger.STEP_TO_COURIER));
            case ACCEPTED_AT_PICK_UP_POINT -> List.of(new Move<>(DELIVERED, Trigger.STEP_DELIVERED),
                    new Move<>(NOT_DELIVERED, Trigger.STEP_NOT_DELIVERED));
            case TAKEN_BY_COURIER -> List.of(new Move<>(DELIVERED, Trigger.STEP_DELIVERED),
                    new Move<>(NOT_DELIVERED, Trigger.STEP_NOT_DELIVERED), forced(RETURNED_TO_RECIPIENT_CITY_WAREHOUSE));
            case RETURNED_TO_RECIPIENT_CITY_WAREHOUSE -> List.of(step(TAKEN_BY_COURIER));
            case DELIVERED, NOT_DELIVERED, INVALID, REMOVED -> List.of();
        };
    }

    private static Move<OrderStatus> step(OrderStatus to) {
        return new Move<>(to, AFTER_STEP);
    }

    private static Move<OrderStatus> forced(OrderStatus to) {
        return new Move<>(to, FORCED);
    }
}
