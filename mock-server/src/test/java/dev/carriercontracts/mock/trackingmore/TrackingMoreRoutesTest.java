package dev.carriercontracts.mock.trackingmore;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.carrier.StateMachineDiagram;
import dev.carriercontracts.mock.support.RouteConformance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every operation of the spec is routed as the spec says, and the module describes its life cycle. */
class TrackingMoreRoutesTest {

    static TrackingMoreServer tm;

    @BeforeAll
    static void start() {
        tm = TrackingMoreServer.start();
    }

    @AfterAll
    static void stop() {
        tm.close();
    }

    @Test
    void every_operation_of_the_spec_is_routed_and_nothing_else() {
        var module = tm.server().module(Carrier.TRACKINGMORE).orElseThrow();

        assertThat(RouteConformance.problems(module::routes, TrackingMoreServer.SPEC)).isEmpty();
    }

    @Test
    void the_state_machine_starts_pending_and_ends_in_the_four_final_statuses() {
        StateMachineDiagram machine = tm.server().module(Carrier.TRACKINGMORE).orElseThrow().stateMachines().get(0);

        assertThat(machine.kind()).isEqualTo("tracking");
        assertThat(machine.initial()).isEqualTo("pending");
        assertThat(machine.finals()).containsExactlyInAnyOrder("delivered", "undelivered", "exception", "expired");
        assertThat(machine.transitions()).noneMatch(t -> machine.finals().contains(t.from()));
        assertThat(machine.transitions()).extracting(t -> t.from() + ">" + t.to())
                .contains("pending>transit", "transit>pickup", "pickup>delivered", "pending>notfound", "transit>exception",
                        "transit>expired", "pickup>undelivered");
    }
}
