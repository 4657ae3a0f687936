package dev.carriercontracts.mock.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.carriercontracts.mock.faults.FaultRule;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One carrier's section ({@code carriers.<id>}). The platform reads {@code credentials}, {@code delays}
 * and {@code faults}; everything else (products, cities, routes, rates...) is the carrier module's,
 * bound from {@link #section()} to a record of its own (see {@code CarrierContext#settings}).
 *
 * @param section the whole carrier section as written (merged with the defaults)
 */
public record CarrierSettings(List<CredentialSettings> credentials, Map<String, Duration> delays, List<FaultRule> faults,
                              JsonNode section) {

    public static final CarrierSettings EMPTY =
            new CarrierSettings(List.of(), Map.of(), List.of(), MissingNode.getInstance());

    public CarrierSettings {
        credentials = List.copyOf(credentials);
        delays = Map.copyOf(delays);
        faults = List.copyOf(faults);
    }

    /** A delay by name, or {@code fallback} when the config does not set it. */
    public Duration delay(String name, Duration fallback) {
        return delays.getOrDefault(name, fallback);
    }

    /** A carrier-specific subsection, e.g. {@code catalogue}. */
    public Optional<JsonNode> subsection(String name) {
        JsonNode node = section.path(name);
        return node.isMissingNode() || node.isNull() ? Optional.empty() : Optional.of(node);
    }
}
