package dev.carriercontracts.mock.cdek.wire;

/** Reference to the entity a request was made on (spec {@code EntityRef}). */
public record EntityRef(String uuid) {
}
