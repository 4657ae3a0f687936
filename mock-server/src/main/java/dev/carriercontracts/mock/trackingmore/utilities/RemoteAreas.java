package dev.carriercontracts.mock.trackingmore.utilities;

import dev.carriercontracts.mock.trackingmore.config.RemoteAreaRule;
import dev.carriercontracts.mock.trackingmore.wire.Requests;
import dev.carriercontracts.mock.trackingmore.wire.Results;

import java.util.List;

/**
 * The remote-area check: an address is remote when a rule of its country lists a prefix of its
 * postcode. The same rules hold for every carrier, so {@code company} is echoed, not used.
 */
public final class RemoteAreas {

    private final List<RemoteAreaRule> rules;

    public RemoteAreas(List<RemoteAreaRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public Results.RemoteArea check(Requests.RemoteAreaQuery query) {
        boolean remote = rules.stream().anyMatch(r -> r.covers(query.country()) && r.isRemote(query.postcode()));
        return new Results.RemoteArea(query.country(), query.postcode(), query.company(), remote);
    }
}
