package dev.carriercontracts.mock.support;

import dev.carriercontracts.mock.carrier.Route;
import dev.carriercontracts.mock.carrier.RouteTable;
import dev.carriercontracts.mock.validation.SpecDocument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares a route table with its spec: every route is an operation of the spec with the same
 * method and path, and every operation of the spec has a route. A carrier's tests call
 * {@code assertThat(RouteConformance.problems(module::routes, spec)).isEmpty()}.
 */
public final class RouteConformance {

    private RouteConformance() {
    }

    public static List<String> problems(java.util.function.Consumer<RouteTable> declaration, String specResource) {
        RouteTable table = new RouteTable();
        declaration.accept(table);
        SpecDocument spec = SpecDocument.load(specResource, RouteConformance.class.getClassLoader());
        List<String> problems = new ArrayList<>();
        Set<String> routed = new HashSet<>();
        for (Route route : table.routes()) {
            routed.add(route.operationId());
            spec.operation(route.operationId()).ifPresentOrElse(op -> {
                if (!op.method().equals(route.method().name().toLowerCase(Locale.ROOT)) || !op.path().equals(route.path())) {
                    problems.add(route.operationId() + ": routed as " + route.method() + " " + route.path()
                            + " but the spec has " + op.method().toUpperCase(Locale.ROOT) + " " + op.path());
                }
            }, () -> problems.add(route.operationId() + ": routed but not in " + specResource));
        }
        for (String operationId : spec.operationIds()) {
            if (!routed.contains(operationId)) {
                problems.add(operationId + ": in " + specResource + " but not routed");
            }
        }
        return problems;
    }
}
