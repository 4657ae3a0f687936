package dev.carriercontracts.mock.cdek.lifecycle;

import java.util.List;

/**
 * The states of the CREATE request of an order (seed 2.4): ACCEPTED when registered, WAITING
 * while CDEK processes it, then SUCCESSFUL (the order is created) or INVALID (it breaks a rule).
 * On CDEK, WAITING is optional; the mock always passes through it unless a state is forced.
 */
public enum RequestState implements StateType<RequestState> {
    ACCEPTED,
    WAITING,
    SUCCESSFUL,
    INVALID;

    @Override
    public List<Move<RequestState>> moves() {
        return switch (this) {
            case ACCEPTED -> List.of(new Move<>(WAITING, Trigger.AFTER_WAITING),
                    new Move<>(SUCCESSFUL, Trigger.FORCED), new Move<>(INVALID, Trigger.FORCED));
            case WAITING -> List.of(new Move<>(SUCCESSFUL, Trigger.PROCESSED_VALID), new Move<>(INVALID, Trigger.PROCESSED_INVALID));
            case SUCCESSFUL, INVALID -> List.of();
        };
    }
}
