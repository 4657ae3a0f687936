package dev.carriercontracts.mock.carrier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.clock.MockClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each carrier spec declares its state machines ({@code x-state-machines} at the root), and the docs site draws
 * them from there; this test makes the server's own state types ({@link CarrierModule#stateMachines()}) and the
 * spec say exactly the same thing, so a diagram can never show a machine the server does not run.
 */
class StateMachinesMatchSpecsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static MockServer server;

    @BeforeAll
    static void start() {
        server = MockServer.builder().host("127.0.0.1").port(0)
                .clock(MockClock.virtual(Instant.parse("2026-01-01T00:00:00Z"))).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void serverRunsExactlyTheStateMachinesItsSpecDeclares(Carrier carrier) throws IOException {
        List<StateMachineDiagram> declared = declaredIn(carrier.specResource());
        List<StateMachineDiagram> running = server.module(carrier).orElseThrow().stateMachines();

        assertThat(running).usingRecursiveFieldByFieldElementComparatorIgnoringFields("transitions")
                .containsExactlyInAnyOrderElementsOf(declared);
        for (StateMachineDiagram machine : running) {
            StateMachineDiagram spec = declared.stream().filter(d -> d.kind().equals(machine.kind())
                    && d.name().equals(machine.name())).findFirst().orElseThrow();
            assertThat(machine.transitions()).as(machine.name() + " transitions")
                    .containsExactlyInAnyOrderElementsOf(spec.transitions());
        }
    }

    static List<StateMachineDiagram> declaredIn(String specResource) throws IOException {
        JsonNode root;
        try (InputStream in = StateMachinesMatchSpecsTest.class.getClassLoader().getResourceAsStream(specResource)) {
            assertThat(in).as(specResource).isNotNull();
            root = YAML.readTree(in);
        }
        List<StateMachineDiagram> machines = new ArrayList<>();
        for (JsonNode m : root.path("x-state-machines")) {
            List<StateMachineDiagram.Transition> transitions = new ArrayList<>();
            for (JsonNode t : m.path("transitions")) {
                transitions.add(new StateMachineDiagram.Transition(t.path("from").asText(), t.path("to").asText(),
                        t.path("trigger").asText()));
            }
            List<String> finals = new ArrayList<>();
            m.path("finals").forEach(f -> finals.add(f.asText()));
            machines.add(new StateMachineDiagram(m.path("name").asText(), m.path("kind").asText(),
                    m.path("initial").asText(), transitions, finals));
        }
        return machines;
    }
}
