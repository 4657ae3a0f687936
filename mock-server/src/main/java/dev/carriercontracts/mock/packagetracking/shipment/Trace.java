package dev.carriercontracts.mock.packagetracking.shipment;

import java.time.Instant;

/** A trace a shipment shows: when, and which leg of which journey (the leg carries status and texts). */
public record Trace(Instant at, Leg leg, boolean lastOfJourney) {

    public ShipmentStatus status() {
        return leg.status();
    }
}
