package dev.carriercontracts.mock.admin;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.carrier.CarrierModule;
import dev.carriercontracts.mock.carrier.EntityView;
import dev.carriercontracts.mock.carrier.ForceResult;
import dev.carriercontracts.mock.clock.ClockMode;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.faults.FaultInjector;
import dev.carriercontracts.mock.faults.FaultRule;
import dev.carriercontracts.mock.journal.RequestJournal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The admin operations as a Java API (the HTTP admin API under {@code /__admin} calls the same):
 * carrier descriptions, reset, clock, forced states, entity listings.
 */
public final class AdminApi {

    private final Map<Carrier, CarrierModule> modules;
    private final MockClock clock;
    private final RequestJournal journal;
    private final FaultInjector faults;
    private final List<FaultRule> configuredFaults;
    private final List<CarrierDescription> descriptions;

    /** {@code descriptions}: one per module, as mounted (see {@link CarrierDescription#of}). */
    public AdminApi(Map<Carrier, CarrierModule> modules, MockClock clock, RequestJournal journal, FaultInjector faults,
                    List<FaultRule> configuredFaults, List<CarrierDescription> descriptions) {
        this.modules = Map.copyOf(modules);
        this.clock = clock;
        this.journal = journal;
        this.faults = faults;
        this.configuredFaults = List.copyOf(configuredFaults);
        this.descriptions = descriptions.stream().sorted(Comparator.comparing(CarrierDescription::carrier)).toList();
    }

    /** The carriers this server serves. */
    public Set<Carrier> carriers() {
        return modules.keySet();
    }

    public Optional<CarrierModule> module(Carrier carrier) {
        return Optional.ofNullable(modules.get(carrier));
    }

    /** How to call each served carrier (base path, accounts, operations) and its state machines, in carrier order. */
    public List<CarrierDescription> describeCarriers() {
        return descriptions;
    }

    /**
     * Back to a fresh start: every carrier's stored data and issued tokens, the journal, and the
     * faults (back to those of the config file). The clock is left as it is.
     */
    public void resetAll() {
        modules.values().forEach(CarrierModule::reset);
        journal.clear();
        faults.replaceAll(configuredFaults);
    }

    /** Forgets one carrier's stored data and issued tokens. */
    public void reset(Carrier carrier) {
        served(carrier).reset();
    }

    /** Forgets what one account of a carrier stored. */
    public void reset(Carrier carrier, String credentialId) {
        served(carrier).reset(credentialId);
    }

    public MockClock.Reading clock() {
        return clock.read();
    }

    /**
     * Sets the clock: VIRTUAL freezes it at {@code instant} (at the current instant if null);
     * SYSTEM makes it follow real time again, from {@code instant} if given.
     */
    public MockClock.Reading setClock(ClockMode mode, Instant instant) {
        if (mode == ClockMode.VIRTUAL) {
            if (instant == null) {
                clock.freeze();
            } else {
                clock.freezeAt(instant);
            }
        } else {
            clock.useSystemTime();
            if (instant != null) {
                clock.set(instant);
            }
        }
        return clock.read();
    }

    public MockClock.Reading advanceClock(Duration duration) {
        clock.advance(duration);
        return clock.read();
    }

    public ForceResult forceState(Carrier carrier, String kind, String id, String state) {
        return served(carrier).forceState(kind, id, state);
    }

    public List<EntityView> entities(Carrier carrier) {
        return served(carrier).entities();
    }

    private CarrierModule served(Carrier carrier) {
        CarrierModule module = modules.get(carrier);
        if (module == null) {
            throw new IllegalArgumentException("carrier '" + carrier.id() + "' is not served by this server");
        }
        return module;
    }
}
