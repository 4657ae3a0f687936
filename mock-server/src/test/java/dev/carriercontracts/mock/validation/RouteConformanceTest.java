package dev.carriercontracts.mock.validation;

import dev.carriercontracts.mock.admin.AdminApi;
import dev.carriercontracts.mock.admin.AdminRoutes;
import dev.carriercontracts.mock.carrier.Route;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.faults.FaultInjector;
import dev.carriercontracts.mock.http.JsonMapper;
import dev.carriercontracts.mock.journal.RequestJournal;
import dev.carriercontracts.mock.support.RouteConformance;
import dev.carriercontracts.mock.support.TestServers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Routes and specs agree: every route is a spec operation and every operation is routed. */
class RouteConformanceTest {

    @Test
    void the_admin_routes_are_exactly_the_admin_spec() {
        var json = JsonMapper.create();
        var journal = new RequestJournal(1, json);
        var faults = new FaultInjector();
        var admin = new AdminApi(Map.of(), MockClock.virtual(TestServers.START), journal, faults, List.of(), List.of());
        List<Route> routes = AdminRoutes.mount(admin, journal, faults, json).routes();

        assertThat(RouteConformance.problems(table -> routes.forEach(r -> table.add(r.method(), r.path(), r.operationId(), r.handler())),
                AdminRoutes.SPEC)).isEmpty();
    }

    @Test
    void the_test_carriers_routes_are_exactly_its_spec() {
        try (var server = TestServers.started()) {
            var module = server.module(TestServers.CARRIER).orElseThrow();
            assertThat(RouteConformance.problems(module::routes, module.specResource())).isEmpty();
        }
    }

    @Test
    void a_route_missing_from_the_spec_is_reported() {
        List<String> problems = RouteConformance.problems(table -> table.get("/parcels", "listEverything", call -> {
        }), TestServers.SPEC);

        assertThat(problems).contains("listEverything: routed but not in test-carrier/parcels.yaml", "createParcel: in test-carrier/parcels.yaml but not routed");
    }

    @Test
    void validating_an_operation_the_spec_lacks_is_a_clear_error() {
        var validator = SpecValidator.load(TestServers.SPEC, JsonMapper.create());

        assertThatThrownBy(() -> validator.operation("teleportParcel"))
                .hasMessageContaining("operation 'teleportParcel' is not in test-carrier/parcels.yaml");
    }
}
