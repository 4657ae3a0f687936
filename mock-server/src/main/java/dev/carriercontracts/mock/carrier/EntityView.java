package dev.carriercontracts.mock.carrier;

import java.util.List;

/**
 * A read-only view of one stored entity (a request, an order, a tracking...) for the admin API and
 * the console, with its state now and how it got there.
 *
 * @param kind         what it is, as the admin API names it (e.g. {@code request}, {@code order})
 * @param credentialId the account that owns it
 * @param timeline     the states reached so far, oldest first
 */
public record EntityView(String kind, String id, String credentialId, String state, List<StateChange> timeline) {

    public EntityView {
        timeline = List.copyOf(timeline);
    }
}
