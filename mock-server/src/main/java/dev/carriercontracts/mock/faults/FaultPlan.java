package dev.carriercontracts.mock.faults;

import java.time.Duration;

/**
 * What the injector decided for one call: a delay before answering (zero for none) and an outcome
 * replacing the normal answer ({@code null}: answer normally).
 */
public record FaultPlan(Duration delay, Fault outcome) {

    public static final FaultPlan NONE = new FaultPlan(Duration.ZERO, null);

    public boolean delays() {
        return !delay.isZero();
    }
}
