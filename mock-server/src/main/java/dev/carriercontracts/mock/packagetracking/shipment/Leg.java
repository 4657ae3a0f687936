package dev.carriercontracts.mock.packagetracking.shipment;

/**
 * One trace of a journey: the status it puts the shipment in, the delay after the journey's previous trace
 * ({@code null} for its first), and the texts: the trace's {@code desc} and the {@code statusDesc} it implies,
 * as templates filled from the shipment's {@link Places}.
 */
public record Leg(ShipmentStatus status, Delay after, String trace, String summary) {

    static Leg first(ShipmentStatus status, String trace, String summary) {
        return new Leg(status, null, trace, summary);
    }

    static Leg then(ShipmentStatus status, Delay after, String trace, String summary) {
        return new Leg(status, after, trace, summary);
    }
}
