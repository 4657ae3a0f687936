package dev.carriercontracts.mock.packagetracking.shipment;

import java.time.Instant;

/**
 * A stretch of a shipment's history: from {@code start}, the legs of {@code journey} from index
 * {@code fromLeg} on, each after its delay. A shipment starts with one course (its first query, leg 0); every
 * state forced through the admin API adds one from the forced leg, and it takes over from its instant.
 */
public record Course(Instant start, Ending journey, int fromLeg) {
}
