package dev.carriercontracts.mock.cnexpress;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.carrier.StateMachineDiagram;
import dev.carriercontracts.mock.support.RouteConformance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every operation of carrier-specs/cnexpress.yaml is routed, as the spec has it, and nothing else is. */
class CnExpressRoutesTest {

    @Test
    void the_routes_are_exactly_the_specs_operations() {
        try (MockServer server = CnExpressServers.started()) {
            var module = server.module(Carrier.CNEXPRESS).orElseThrow();

            assertThat(RouteConformance.problems(module::routes, module.specResource())).isEmpty();
        }
    }

    @Test
    void the_state_machine_is_read_from_the_request_states() {
        try (MockServer server = CnExpressServers.started()) {
            StateMachineDiagram machine = server.module(Carrier.CNEXPRESS).orElseThrow().stateMachines().get(0);

            assertThat(machine.kind()).isEqualTo("request");
            assertThat(machine.initial()).isEqualTo("Created");
            assertThat(machine.finals()).containsExactly("Succeeded", "Failed");
            assertThat(machine.transitions()).extracting(t -> t.from() + "->" + t.to())
                    .containsExactly("Created->Waiting", "Waiting->Succeeded", "Waiting->Failed");
        }
    }
}
