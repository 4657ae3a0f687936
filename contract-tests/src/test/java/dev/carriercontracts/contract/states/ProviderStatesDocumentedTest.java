package dev.carriercontracts.contract.states;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.generators.Generators;
import au.com.dius.pact.core.model.generators.ProviderStateGenerator;
import dev.carriercontracts.contract.PactFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PROVIDER_STATES.md is what the provider side implements, so it must describe exactly the states the pacts
 * name: every state (a {@code ### } heading), each of its parameters and each value the pacts take from it
 * ({@code ${...}} in a provider-state generator), and no state that no pact uses any more.
 */
class ProviderStatesDocumentedTest {

    private static final Pattern EXPRESSION_VARIABLE = Pattern.compile("\\$\\{(\\w+)}");

    private static Map<String, String> sections;
    private static List<Interaction> interactions;

    @BeforeAll
    static void read() throws IOException {
        Path doc = Path.of(System.getProperty("basedir", "."), "PROVIDER_STATES.md");
        sections = sections(Files.readString(doc, StandardCharsets.UTF_8));
        interactions = PactFiles.all().stream().flatMap(file -> PactFiles.read(file).getInteractions().stream()).toList();
    }

    @Test
    void every_state_a_pact_names_is_documented_with_its_parameters() {
        Set<String> missing = new TreeSet<>();
        for (Interaction interaction : interactions) {
            for (ProviderState state : interaction.getProviderStates()) {
                String section = sections.get(state.getName());
                if (section == null) {
                    missing.add("state '" + state.getName() + "'");
                    continue;
                }
                state.getParams().keySet().stream()
                        .filter(parameter -> !section.contains("`" + parameter + "`"))
                        .forEach(parameter -> missing.add("parameter `" + parameter + "` of '" + state.getName() + "'"));
            }
        }

        assertThat(missing).as("not described in PROVIDER_STATES.md").isEmpty();
    }

    @Test
    void every_value_a_pact_takes_from_a_state_is_documented_as_returned_by_it() {
        Set<String> missing = new TreeSet<>();
        for (Interaction interaction : interactions) {
            String stateSections = interaction.getProviderStates().stream()
                    .map(state -> sections.getOrDefault(state.getName(), ""))
                    .reduce("", String::concat);
            for (String variable : providerStateVariables(interaction)) {
                if (!stateSections.contains("`" + variable + "`")) {
                    missing.add("`" + variable + "` of '" + interaction.getDescription() + "'");
                }
            }
        }

        assertThat(missing).as("values no documented state of the interaction returns").isEmpty();
    }

    @Test
    void every_documented_state_is_used_by_a_pact() {
        Set<String> used = new TreeSet<>();
        interactions.forEach(interaction -> interaction.getProviderStates().forEach(state -> used.add(state.getName())));

        assertThat(sections.keySet()).as("states in PROVIDER_STATES.md").containsExactlyInAnyOrderElementsOf(used);
    }

    private static Set<String> providerStateVariables(Interaction interaction) {
        Set<String> variables = new TreeSet<>();
        if (interaction instanceof V4Interaction.SynchronousHttp http) {
            Stream.of(http.getRequest().getGenerators(), http.getResponse().getGenerators())
                    .map(Generators::getCategories)
                    .flatMap(categories -> categories.values().stream())
                    .flatMap(generators -> generators.values().stream())
                    .filter(ProviderStateGenerator.class::isInstance)
                    .map(generator -> ((ProviderStateGenerator) generator).getExpression())
                    .forEach(expression -> {
                        Matcher variable = EXPRESSION_VARIABLE.matcher(expression);
                        while (variable.find()) {
                            variables.add(variable.group(1));
                        }
                    });
        }
        return variables;
    }

    /** The text under each {@code ### } heading (a state), keyed by the heading. */
    private static Map<String, String> sections(String markdown) {
        Map<String, String> sections = new LinkedHashMap<>();
        String heading = null;
        StringBuilder text = new StringBuilder();
        for (String line : markdown.split("\n")) {
            if (line.startsWith("#")) {
                if (heading != null) {
                    sections.put(heading, text.toString());
                }
                heading = line.startsWith("### ") ? line.substring(4).strip() : null;
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        if (heading != null) {
            sections.put(heading, text.toString());
        }
        return sections;
    }
}
