package dev.carriercontracts.mock.carrier;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.auth.Authenticator;

import java.util.List;
import java.util.Set;

/**
 * What one carrier plugs into the mock server. The platform mounts the routes under the carrier's
 * base path and runs every call through faults, body limit, {@link #authenticator()}, validation
 * against {@link #specResource()}, the handler and the journal, answering every failure with
 * {@link #errorFormat()}.
 *
 * <p>A module is built once per server by its {@link CarrierModuleFactory}, from a
 * {@link CarrierContext}; it keeps its stores as instance fields, keyed by credential id.
 */
public interface CarrierModule {

    Carrier carrier();

    /** The spec requests are validated against; the carrier's own spec unless overridden (tests). */
    default String specResource() {
        return carrier().specResource();
    }

    /** Declares the carrier's operations. Called once, at start. */
    void routes(RouteTable routes);

    ErrorFormat errorFormat();

    Authenticator authenticator();

    /** Forgets every stored entity (and issued token) of this carrier. */
    void reset();

    /** Forgets what one account stored. */
    void reset(String credentialId);

    /** The entity kinds {@link #forceState} and {@link #entities} know, e.g. {@code request}. */
    default Set<String> entityKinds() {
        return Set.of();
    }

    /** Puts an entity into a state now (admin API), e.g. a CNExpress request into {@code Failed}. */
    default ForceResult forceState(String kind, String id, String state) {
        return new ForceResult.UnknownKind(entityKinds());
    }

    /** Every stored entity, with its state as of the mock clock now (admin API and console). */
    default List<EntityView> entities() {
        return List.of();
    }

    /** The module's state machines, for the docs site and the console (read from its state types). */
    default List<StateMachineDiagram> stateMachines() {
        return List.of();
    }
}
