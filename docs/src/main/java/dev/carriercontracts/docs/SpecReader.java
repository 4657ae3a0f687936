package dev.carriercontracts.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what the site needs from an OpenAPI spec. The extensions {@code x-state-machines} and
 * {@code x-mock-magic-values} are optional (the page then has no such section), but when present they must be
 * complete: a machine without an initial state is an error, not a diagram with a hole.
 */
public final class SpecReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    /** How a spec names this project's mock server among its {@code servers}. */
    private static final String MOCK_SERVER = "carrier-mock-server";

    private SpecReader() {
    }

    public static CarrierSpec read(String id, String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("spec " + id + " is not valid YAML", e);
        }
        if (root == null || !root.isObject() || !root.has("openapi")) {
            throw new IllegalArgumentException("spec " + id + " is not an OpenAPI document");
        }
        JsonNode info = root.path("info");
        return new CarrierSpec(id, info.path("title").asText(id), info.path("version").asText(""),
                info.path("description").asText(""), servers(root), auth(root), operations(root),
                stateMachines(id, root), magicValues(id, root), root, yaml);
    }

    private static List<Server> servers(JsonNode root) {
        List<Server> servers = new ArrayList<>();
        for (JsonNode s : root.path("servers")) {
            String description = s.path("description").asText("");
            servers.add(new Server(s.path("url").asText(), description, description.contains(MOCK_SERVER)));
        }
        return servers;
    }

    private static List<AuthScheme> auth(JsonNode root) {
        List<AuthScheme> schemes = new ArrayList<>();
        root.path("components").path("securitySchemes").fields()
                .forEachRemaining(e -> schemes.add(AuthScheme.of(e.getKey(), e.getValue())));
        return schemes;
    }

    private static List<Operation> operations(JsonNode root) {
        List<Operation> operations = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> {
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op != null) {
                    operations.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), path.getKey(),
                            op.path("operationId").asText(""), op.path("summary").asText("")));
                }
            }
        });
        return operations;
    }

    private static List<StateMachine> stateMachines(String id, JsonNode root) {
        List<StateMachine> machines = new ArrayList<>();
        JsonNode list = root.path("x-state-machines");
        for (int i = 0; i < list.size(); i++) {
            JsonNode m = list.get(i);
            String where = id + ": x-state-machines[" + i + "]";
            List<StateMachine.Transition> transitions = new ArrayList<>();
            for (JsonNode t : m.path("transitions")) {
                transitions.add(new StateMachine.Transition(required(t, "from", where), required(t, "to", where),
                        t.path("trigger").asText("")));
            }
            List<String> finals = new ArrayList<>();
            m.path("finals").forEach(f -> finals.add(f.asText()));
            StateMachine machine = new StateMachine(required(m, "name", where), m.path("kind").asText(""),
                    required(m, "initial", where), finals, transitions);
            machines.add(machine);
        }
        return machines;
    }

    private static List<MagicValue> magicValues(String id, JsonNode root) {
        List<MagicValue> values = new ArrayList<>();
        JsonNode list = root.path("x-mock-magic-values");
        for (int i = 0; i < list.size(); i++) {
            JsonNode v = list.get(i);
            String where = id + ": x-mock-magic-values[" + i + "]";
            values.add(new MagicValue(required(v, "field", where), required(v, "value", where), required(v, "effect", where)));
        }
        return values;
    }

    private static String required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + " has no " + field);
        }
        return value.asText();
    }
}
