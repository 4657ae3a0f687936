package dev.carriercontracts.mock.packagetracking.shipment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a shipment's journey ends, chosen by its tracking number on the first query (the magic prefixes of
 * {@code x-mock-magic-values}): each ending is the whole list of traces the shipment will show, in order.
 * Every change of status along a journey must be a move its {@link ShipmentStatus} allows; the class refuses
 * to load otherwise.
 */
public enum Ending {
    /** Any other number: collected, in transit through a hub, out for delivery, signed for. */
    DELIVERED(null, Journeys.delivered()),
    /** {@code expNo} starts with EXCEPTION: held at the transit hub as a problem parcel, for good. */
    EXCEPTION("EXCEPTION", Journeys.heldAtHub()),
    /** {@code expNo} starts with RETURN: the delivery is refused and the parcel goes back to the sender. */
    RETURNED("RETURN", Journeys.returnedToSender());

    private final String magicPrefix;
    private final List<Leg> legs;

    Ending(String magicPrefix, List<Leg> legs) {
        this.magicPrefix = magicPrefix;
        this.legs = List.copyOf(legs);
        check(legs);
    }

    /** The ending a tracking number asks for. */
    public static Ending of(String expNo) {
        for (Ending ending : values()) {
            if (ending.magicPrefix != null && expNo.startsWith(ending.magicPrefix)) {
                return ending;
            }
        }
        return DELIVERED;
    }

    public Optional<String> magicPrefix() {
        return Optional.ofNullable(magicPrefix);
    }

    public List<Leg> legs() {
        return legs;
    }

    /**
     * The index of the leg a forced move from {@code from} to {@code to} lands on in this journey: a leg of
     * {@code to} right after a leg of {@code from} when {@code direct}, else the first leg of {@code to}.
     */
    Optional<Integer> landing(ShipmentStatus from, ShipmentStatus to, boolean direct) {
        for (int i = 1; i < legs.size(); i++) {
            if (legs.get(i).status() == to && (!direct || legs.get(i - 1).status() == from)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private void check(List<Leg> journey) {
        if (journey.isEmpty() || journey.get(0).status() != ShipmentStatus.COLLECTED || journey.get(0).after() != null) {
            throw new IllegalStateException(name() + ": a journey starts with one COLLECTED trace");
        }
        List<String> wrong = new ArrayList<>();
        for (int i = 1; i < journey.size(); i++) {
            ShipmentStatus from = journey.get(i - 1).status();
            ShipmentStatus to = journey.get(i).status();
            if (journey.get(i).after() == null || (from != to && !from.canMoveTo(to))) {
                wrong.add(from + " -> " + to);
            }
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException(name() + ": moves the state machine does not allow: " + wrong);
        }
    }
}
