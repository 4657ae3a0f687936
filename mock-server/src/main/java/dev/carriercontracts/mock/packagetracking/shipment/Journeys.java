package dev.carriercontracts.mock.packagetracking.shipment;

import java.util.ArrayList;
import java.util.List;

import static dev.carriercontracts.mock.packagetracking.shipment.Leg.first;
import static dev.carriercontracts.mock.packagetracking.shipment.Leg.then;
import static dev.carriercontracts.mock.packagetracking.shipment.ShipmentStatus.COLLECTED;
import static dev.carriercontracts.mock.packagetracking.shipment.ShipmentStatus.DELIVERED;
import static dev.carriercontracts.mock.packagetracking.shipment.ShipmentStatus.EXCEPTION;
import static dev.carriercontracts.mock.packagetracking.shipment.ShipmentStatus.IN_TRANSIT;
import static dev.carriercontracts.mock.packagetracking.shipment.ShipmentStatus.OUT_FOR_DELIVERY;
import static dev.carriercontracts.mock.packagetracking.shipment.ShipmentStatus.RETURNED;

/**
 * The traces of each {@link Ending}, written the way Chinese carriers word them (the spec's in-transit example
 * is the model). Placeholders: {company}, {origin}, {hub}, {destination}, {courier}, {phone}.
 */
final class Journeys {

    private static final Leg COLLECTED_AT_ORIGIN = first(COLLECTED,
            "【{origin}营业点】{company} 已收取快件", "快件已由{company}揽收");
    private static final Leg LEFT_ORIGIN = then(IN_TRANSIT, Delay.IN_TRANSIT,
            "快件已从【{origin}转运中心】发出，准备发往【{hub}转运中心】", "快件已从【{origin}转运中心】发出，运输中");
    private static final Leg AT_HUB = then(IN_TRANSIT, Delay.TRANSFER,
            "快件已到达【{hub}转运中心】", "快件已到达【{hub}转运中心】，正发往下一站");
    private static final Leg LEFT_HUB = then(IN_TRANSIT, Delay.TRANSFER,
            "快件已从【{hub}转运中心】发出，准备发往【{destination}营业点】", "快件已从【{hub}转运中心】发出，正发往【{destination}营业点】");
    private static final Leg AT_DELIVERY_POINT = then(IN_TRANSIT, Delay.TRANSFER,
            "快件已到达【{destination}营业点】", "快件已到达【{destination}营业点】，等待派送");
    private static final Leg OUT_WITH_COURIER = then(OUT_FOR_DELIVERY, Delay.OUT_FOR_DELIVERY,
            "【{destination}营业点】快递员{courier}正在为您派送，电话：{phone}", "快件正在派送中，快递员{courier}，电话：{phone}");
    // the document's own example: status 已签收, statusDesc 快件已签收, latest trace 已签收
    private static final Leg SIGNED_FOR = then(DELIVERED, Delay.DELIVERED,
            "已签收", "快件已签收");
    private static final Leg HELD_AT_HUB = then(EXCEPTION, Delay.EXCEPTION,
            "快件在【{hub}转运中心】滞留：外包装破损，正在核实处理", "快件异常：外包装破损，滞留在【{hub}转运中心】");
    private static final Leg DELIVERY_REFUSED = then(EXCEPTION, Delay.DELIVERED,
            "派送失败：收件人拒收，快件将退回寄件人", "快件派送失败：收件人拒收");
    private static final Leg RETURNING = then(RETURNED, Delay.RETURNED,
            "快件已从【{destination}营业点】退回，正发往寄件人所在地【{origin}】", "快件退回中，正发往寄件人所在地【{origin}】");
    private static final Leg RETURNED_TO_SENDER = then(RETURNED, Delay.RETURNED,
            "退回件已由寄件人签收", "快件已退回，寄件人已签收");

    private Journeys() {
    }

    static List<Leg> delivered() {
        return join(toDeliveryPoint(), List.of(OUT_WITH_COURIER, SIGNED_FOR));
    }

    static List<Leg> heldAtHub() {
        return List.of(COLLECTED_AT_ORIGIN, LEFT_ORIGIN, AT_HUB, HELD_AT_HUB);
    }

    static List<Leg> returnedToSender() {
        return join(toDeliveryPoint(), List.of(OUT_WITH_COURIER, DELIVERY_REFUSED, RETURNING, RETURNED_TO_SENDER));
    }

    private static List<Leg> toDeliveryPoint() {
        return List.of(COLLECTED_AT_ORIGIN, LEFT_ORIGIN, AT_HUB, LEFT_HUB, AT_DELIVERY_POINT);
    }

    private static List<Leg> join(List<Leg> head, List<Leg> tail) {
        List<Leg> all = new ArrayList<>(head);
        all.addAll(tail);
        return all;
    }
}
