package dev.carriercontracts.mock.packagetracking.shipment;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A shipment's status, as the spec's {@code TrackingStatus} labels it, and the state machine it moves
 * through: each constant knows where it may go next. A shipment's status is always the one its latest
 * trace implies.
 */
public enum ShipmentStatus {
    COLLECTED("Collected", "已揽收"),
    IN_TRANSIT("InTransit", "运输中"),
    OUT_FOR_DELIVERY("OutForDelivery", "派送中"),
    DELIVERED("Delivered", "已签收"),
    EXCEPTION("Exception", "异常"),
    RETURNED("Returned", "退回");

    private final String stateName;
    private final String label;

    ShipmentStatus(String stateName, String label) {
        this.stateName = stateName;
        this.label = label;
    }

    /** The state's name in the admin API, the console and {@code x-state-machines}, e.g. {@code InTransit}. */
    public String stateName() {
        return stateName;
    }

    /** The Chinese label the API answers in {@code status}, e.g. {@code 运输中}. */
    public String label() {
        return label;
    }

    /** Where a shipment may go from here in one move. */
    public Set<ShipmentStatus> successors() {
        return switch (this) {
            case COLLECTED -> EnumSet.of(IN_TRANSIT);
            case IN_TRANSIT -> EnumSet.of(OUT_FOR_DELIVERY, EXCEPTION);
            // a failed delivery is an exception; the parcel then goes back to the sender
            case OUT_FOR_DELIVERY -> EnumSet.of(DELIVERED, EXCEPTION);
            case EXCEPTION -> EnumSet.of(RETURNED);
            case DELIVERED, RETURNED -> EnumSet.noneOf(ShipmentStatus.class);
        };
    }

    public boolean canMoveTo(ShipmentStatus next) {
        return successors().contains(next);
    }

    /** Nothing leaves this status. */
    public boolean isFinal() {
        return successors().isEmpty();
    }

    /** Every status reachable from here in one move or more (what the admin API may force). */
    public Set<ShipmentStatus> reachable() {
        Set<ShipmentStatus> reached = EnumSet.noneOf(ShipmentStatus.class);
        List<ShipmentStatus> frontier = List.copyOf(successors());
        while (!frontier.isEmpty()) {
            reached.addAll(frontier);
            frontier = frontier.stream().flatMap(s -> s.successors().stream()).filter(s -> !reached.contains(s)).distinct().toList();
        }
        return reached;
    }

    /** By state name (any case) or by Chinese label, e.g. {@code Delivered}, {@code delivered} or {@code 已签收}. */
    public static Optional<ShipmentStatus> byName(String name) {
        return Arrays.stream(values())
                .filter(s -> s.stateName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)) || s.label.equals(name))
                .findFirst();
    }

    public static List<String> stateNames() {
        return Arrays.stream(values()).map(ShipmentStatus::stateName).toList();
    }
}
