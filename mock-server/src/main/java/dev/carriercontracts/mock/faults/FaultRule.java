package dev.carriercontracts.mock.faults;

import dev.carriercontracts.mock.Carrier;

import java.util.Objects;

/**
 * When to inject a fault.
 *
 * @param id          set by the injector when the rule is added (any value given is replaced)
 * @param carrier     the carrier it applies to; {@code null} for every carrier
 * @param operationId the operation it applies to; {@code null} for every operation of the carrier
 * @param probability chance (0..1) that a matching call gets the fault
 * @param times       the rule applies to the next {@code times} matching calls only, then expires;
 *                    {@code null} for no limit
 */
public record FaultRule(String id, Carrier carrier, String operationId, Fault fault, double probability, Integer times) {

    public FaultRule {
        Objects.requireNonNull(fault, "fault");
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability must be between 0 and 1, got " + probability);
        }
        if (times != null && times < 1) {
            throw new IllegalArgumentException("times must be at least 1, got " + times);
        }
    }

    /** Every matching call, always. */
    public static FaultRule always(Carrier carrier, String operationId, Fault fault) {
        return new FaultRule(null, carrier, operationId, fault, 1.0, null);
    }

    /** The next {@code times} matching calls. */
    public static FaultRule nextCalls(Carrier carrier, String operationId, Fault fault, int times) {
        return new FaultRule(null, carrier, operationId, fault, 1.0, times);
    }

    public FaultRule withProbability(double newProbability) {
        return new FaultRule(id, carrier, operationId, fault, newProbability, times);
    }

    FaultRule withId(String newId) {
        return new FaultRule(newId, carrier, operationId, fault, probability, times);
    }

    boolean matches(Carrier callCarrier, String callOperationId) {
        return (carrier == null || carrier == callCarrier)
                && (operationId == null || operationId.equals(callOperationId));
    }
}
