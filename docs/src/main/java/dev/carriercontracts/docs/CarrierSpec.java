package dev.carriercontracts.docs;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/**
 * What the site shows of one spec, read by {@link SpecReader}. {@code document} is the whole spec, which the
 * reference page hands to the interactive API reference.
 *
 * @param id          the spec's file name without {@code .yaml}, e.g. {@code package-tracking}
 * @param description {@code info.description}, Markdown
 * @param yaml        the spec's text, as published
 */
public record CarrierSpec(String id, String title, String version, String description, List<Server> servers,
                          List<AuthScheme> auth, List<Operation> operations, List<StateMachine> stateMachines,
                          List<MagicValue> magicValues, JsonNode document, String yaml) {

    public CarrierSpec {
        servers = List.copyOf(servers);
        auth = List.copyOf(auth);
        operations = List.copyOf(operations);
        stateMachines = List.copyOf(stateMachines);
        magicValues = List.copyOf(magicValues);
    }

    /**
     * The first paragraph of the description: what the API is, in a sentence or two (with the list that follows
     * when the paragraph ends announcing one).
     */
    public String summary() {
        String text = description.strip();
        int end = text.indexOf("\n\n");
        while (end >= 0 && text.substring(0, end).stripTrailing().endsWith(":")) {
            end = text.indexOf("\n\n", end + 2);
        }
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    /** The carrier's own hosts (every server that is not the mock). */
    public List<Server> realServers() {
        return servers.stream().filter(s -> !s.mock()).toList();
    }

    /** The mock server's base URL for this API, when the spec lists it. */
    public Optional<Server> mockServer() {
        return servers.stream().filter(Server::mock).findFirst();
    }

    /** The server to show in examples: the mock server's, else the spec's first. */
    public Optional<Server> exampleServer() {
        return mockServer().or(() -> servers.stream().findFirst());
    }
}
