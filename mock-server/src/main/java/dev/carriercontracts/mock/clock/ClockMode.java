package dev.carriercontracts.mock.clock;

/** How the {@link MockClock} moves. */
public enum ClockMode {
    /** Real time (plus any offset added by advancing). */
    SYSTEM,
    /** Frozen; moved only by set and advance. */
    VIRTUAL
}
