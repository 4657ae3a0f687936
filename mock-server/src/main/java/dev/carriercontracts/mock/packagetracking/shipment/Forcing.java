package dev.carriercontracts.mock.packagetracking.shipment;

/** What forcing a status on a shipment gives: the shipment as it now is, or why the state machine refuses. */
public sealed interface Forcing {

    record Forced(Shipment shipment) implements Forcing {
    }

    record Refused(String reason) implements Forcing {
    }
}
