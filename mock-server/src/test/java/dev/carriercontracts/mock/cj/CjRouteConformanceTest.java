package dev.carriercontracts.mock.cj;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.RouteConformance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every operation of carrier-specs/cj.yaml is routed, with the spec's method and path. */
class CjRouteConformanceTest {

    @Test
    void every_spec_operation_is_routed_as_the_spec_declares_it() {
        try (MockServer server = CjTestServer.start()) {
            var module = server.module(Carrier.CJ).orElseThrow();

            assertThat(RouteConformance.problems(module::routes, CjTestServer.SPEC)).isEmpty();
        }
    }
}
