package dev.carriercontracts.mock.admin;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.auth.Credential;
import dev.carriercontracts.mock.carrier.CarrierModule;
import dev.carriercontracts.mock.carrier.Route;
import dev.carriercontracts.mock.carrier.StateMachineDiagram;

import java.util.Collection;
import java.util.List;

/**
 * How to call one served carrier and what its entities do: the admin API's {@code listCarriers}
 * and the web console's carrier overview.
 *
 * @param credentials   the accounts of the config, in config order
 * @param routes        the operations it answers, in route order
 * @param entityKinds   what {@code listEntities} and {@code forceState} know, sorted
 * @param stateMachines read from the module's own state types
 */
public record CarrierDescription(Carrier carrier, List<Credential> credentials, List<Route> routes, List<String> entityKinds,
                                 List<StateMachineDiagram> stateMachines) {

    public CarrierDescription {
        credentials = List.copyOf(credentials);
        routes = List.copyOf(routes);
        entityKinds = entityKinds.stream().sorted().toList();
        stateMachines = List.copyOf(stateMachines);
    }

    /** A module as mounted, with its accounts and the routes it declared at start. */
    public static CarrierDescription of(CarrierModule module, Collection<Credential> credentials, List<Route> routes) {
        return new CarrierDescription(module.carrier(), List.copyOf(credentials), routes, List.copyOf(module.entityKinds()),
                module.stateMachines());
    }
}
