package dev.carriercontracts.mock.testcarrier;

import dev.carriercontracts.mock.carrier.StateMachineDiagram;
import dev.carriercontracts.mock.carrier.StateMachineDiagram.Transition;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The test carrier's state machine: CREATED -> IN_TRANSIT -> DELIVERED, or CANCELLED, or LOST. */
enum ParcelState {
    CREATED, IN_TRANSIT, DELIVERED, CANCELLED, LOST;

    boolean isFinal() {
        return this == DELIVERED || this == CANCELLED || this == LOST;
    }

    static Optional<ParcelState> byName(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }

    static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    /** The machine as data (admin API, console); LOST is reached only by forcing it. */
    static StateMachineDiagram diagram() {
        return new StateMachineDiagram("Test parcel", "parcel", CREATED.name(), List.of(
                new Transition(CREATED.name(), IN_TRANSIT.name(), "after delays.pickup"),
                new Transition(IN_TRANSIT.name(), DELIVERED.name(), "after delays.delivery"),
                new Transition(CREATED.name(), CANCELLED.name(), "cancelParcel")),
                Arrays.stream(values()).filter(ParcelState::isFinal).map(Enum::name).toList());
    }
}
