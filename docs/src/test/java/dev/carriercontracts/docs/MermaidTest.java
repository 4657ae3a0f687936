package dev.carriercontracts.docs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MermaidTest {

    @Test
    void a_machine_becomes_a_state_diagram_with_its_start_its_moves_and_its_ends() {
        StateMachine request = new StateMachine("CNExpress request", "request", "Created", List.of("Succeeded", "Failed"),
                List.of(new StateMachine.Transition("Created", "Waiting", "after delays.waiting"),
                        new StateMachine.Transition("Waiting", "Succeeded", "after delays.processing"),
                        new StateMachine.Transition("Waiting", "Failed", "")));

        assertThat(Mermaid.stateDiagram(request)).isEqualTo("""
                stateDiagram-v2
                    state "Created" as s0
                    state "Waiting" as s1
                    state "Succeeded" as s2
                    state "Failed" as s3
                    [*] --> s0
                    s0 --> s1 : after delays.waiting
                    s1 --> s2 : after delays.processing
                    s1 --> s3
                    s2 --> [*]
                    s3 --> [*]
                """);
    }

    @Test
    void state_names_and_triggers_with_mermaid_syntax_in_them_are_drawn_as_written() {
        StateMachine machine = new StateMachine("odd", "", "in transit: \"hub\"", List.of(),
                List.of(new StateMachine.Transition("in transit: \"hub\"", "done; #1 {ok}", "status <7>\n retried")));

        assertThat(Mermaid.stateDiagram(machine))
                .contains("state \"in transit#58; #quot;hub#quot;\" as s0")
                .contains("state \"done#59; #35;1 #123;ok#125;\" as s1")
                .contains("s0 --> s1 : status #lt;7#gt; retried");
    }
}
