package dev.carriercontracts.mock.junit5.faults;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.faults.Fault;
import dev.carriercontracts.mock.faults.FaultInjector;
import dev.carriercontracts.mock.faults.FaultRule;

import java.time.Duration;

/**
 * Counts the calls of one operation the moment they arrive, before any answer: a fault rule that
 * changes nothing (no delay) for its next {@value #LIMIT} calls, whose remaining count is read back.
 * The journal is the way to look at answered calls, but a call whose connection was dropped, or that
 * is still waiting out an injected latency, is journaled only after the client has given up on it.
 */
final class Arrivals {

    private static final int LIMIT = 1000;

    private final FaultInjector faults;
    private final String ruleId;

    private Arrivals(FaultInjector faults, String ruleId) {
        this.faults = faults;
        this.ruleId = ruleId;
    }

    static Arrivals of(FaultInjector faults, Carrier carrier, String operationId) {
        FaultRule counter = faults.add(FaultRule.nextCalls(carrier, operationId, Fault.Latency.fixed(Duration.ZERO), LIMIT));
        return new Arrivals(faults, counter.id());
    }

    int count() {
        return LIMIT - faults.find(ruleId).orElseThrow().remaining();
    }
}
