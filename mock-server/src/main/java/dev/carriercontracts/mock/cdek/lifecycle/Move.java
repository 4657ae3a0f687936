package dev.carriercontracts.mock.cdek.lifecycle;

/** An allowed move of a state machine: to a state, for a reason. */
public record Move<S extends Enum<S>>(S to, Trigger trigger) {
}
