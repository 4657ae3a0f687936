package dev.carriercontracts.mock.testcarrier;

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
}
