package dev.carriercontracts.docs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A state machine as a Mermaid {@code stateDiagram-v2}, drawn in the page by the Mermaid webjar. States get
 * generated ids ({@code s0}, {@code s1}...) with their real names as labels, so any state name (spaces,
 * dashes, Chinese) is safe; labels use Mermaid's {@code #code;} entities for the characters its grammar
 * reserves.
 */
public final class Mermaid {

    private Mermaid() {
    }

    public static String stateDiagram(StateMachine machine) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String state : machine.states()) {
            ids.put(state, "s" + ids.size());
        }

        StringBuilder d = new StringBuilder("stateDiagram-v2\n");
        ids.forEach((state, id) -> d.append("    state \"").append(label(state)).append("\" as ").append(id).append('\n'));
        d.append("    [*] --> ").append(ids.get(machine.initial())).append('\n');
        for (StateMachine.Transition t : machine.transitions()) {
            d.append("    ").append(ids.get(t.from())).append(" --> ").append(ids.get(t.to()));
            if (!t.trigger().isBlank()) {
                d.append(" : ").append(label(t.trigger()));
            }
            d.append('\n');
        }
        machine.finals().forEach(f -> d.append("    ").append(ids.get(f)).append(" --> [*]\n"));
        return d.toString();
    }

    /** One line of text, with Mermaid's reserved characters as entities. */
    static String label(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.strip().replaceAll("\\s+", " ").toCharArray()) {
            switch (c) {
                case '#' -> out.append("#35;");
                case ';' -> out.append("#59;");
                case '"' -> out.append("#quot;");
                case ':' -> out.append("#58;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '{' -> out.append("#123;");
                case '}' -> out.append("#125;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
