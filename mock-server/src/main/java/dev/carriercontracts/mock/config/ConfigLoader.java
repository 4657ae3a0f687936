package dev.carriercontracts.mock.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.clock.ClockMode;
import dev.carriercontracts.mock.faults.FaultRule;
import dev.carriercontracts.mock.faults.FaultRuleCodec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the config: the defaults on the classpath ({@code mock-server-defaults.yaml}), merged with
 * the user's YAML file, which is first checked against the config's JSON Schema so that every
 * problem is reported at once with its path.
 */
public final class ConfigLoader {

    public static final String DEFAULTS = "mock-server-defaults.yaml";

    /** Where each carrier's own defaults live: {@code carrier-defaults/<carrier id>.yaml}. */
    public static final String CARRIER_DEFAULTS = "carrier-defaults/";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    /** The defaults alone. */
    public MockConfig defaults() {
        return bind(defaultsTree(), DEFAULTS);
    }

    /** The defaults merged with a YAML file. */
    public MockConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidConfigException(file.toString(), List.of(new ConfigProblem("", "cannot read the file: " + e.getMessage())));
        }
        return fromYaml(text, file.toString());
    }

    /** The defaults merged with YAML text ({@code source} names it in error messages). */
    public MockConfig fromYaml(String text, String source) {
        JsonNode user;
        try {
            user = yaml.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new InvalidConfigException(source, List.of(new ConfigProblem("", "not valid YAML" + where + ": " + e.getOriginalMessage())));
        }
        if (user == null || user.isMissingNode() || user.isNull()) {
            return defaults();
        }
        List<ConfigProblem> problems = new ConfigSchema().check(user);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(source, problems);
        }
        return bind(TreeMerge.merge(defaultsTree(), user), source);
    }

    /**
     * The server's defaults, with each carrier's own defaults ({@code carrier-defaults/<id>.yaml},
     * kept beside the carrier's code) under {@code carriers.<id>}.
     */
    private JsonNode defaultsTree() {
        JsonNode root = readResource(DEFAULTS);
        if (root == null) {
            throw new IllegalStateException(DEFAULTS + " is missing from the classpath");
        }
        ObjectNode carriers = ((ObjectNode) root).withObject("/carriers");
        for (Carrier carrier : Carrier.values()) {
            JsonNode own = readResource(CARRIER_DEFAULTS + carrier.id() + ".yaml");
            if (own != null && !own.isMissingNode() && !own.isNull()) {
                JsonNode existing = carriers.get(carrier.id());
                carriers.set(carrier.id(), existing == null ? own : TreeMerge.merge(own, existing));
            }
        }
        return root;
    }

    private JsonNode readResource(String name) {
        return YamlResources.read(name, ConfigLoader.class.getClassLoader());
    }

    private MockConfig bind(JsonNode root, String source) {
        List<ConfigProblem> problems = new ArrayList<>();
        JsonNode server = root.path("server");
        JsonNode journal = server.path("journal");
        ServerSettings serverSettings = new ServerSettings(
                server.path("port").asInt(8080),
                server.path("host").asText("0.0.0.0"),
                server.path("maxBodyBytes").asLong(1_048_576),
                new JournalSettings(journal.path("maxEntries").asInt(10_000), journal.path("maxBodyChars").asInt(16_384)),
                server.path("stores").path("maxEntitiesPerCarrier").asInt(1_000_000));
        JsonNode clock = root.path("clock");
        ClockSettings clockSettings = new ClockSettings(
                ClockMode.valueOf(clock.path("mode").asText("system").toUpperCase(Locale.ROOT)),
                instant(clock.path("start"), "/clock/start", problems));
        Map<Carrier, CarrierSettings> carriers = new EnumMap<>(Carrier.class);
        for (Map.Entry<String, JsonNode> entry : root.path("carriers").properties()) {
            String pointer = "/carriers/" + entry.getKey();
            Carrier carrier = Carrier.byId(entry.getKey()).orElse(null);
            if (carrier == null) {
                problems.add(new ConfigProblem(pointer, "unknown carrier '" + entry.getKey() + "'"));
                continue;
            }
            carriers.put(carrier, carrier(carrier, entry.getValue(), pointer, problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(source, problems);
        }
        return new MockConfig(serverSettings, clockSettings, carriers);
    }

    private static CarrierSettings carrier(Carrier carrier, JsonNode section, String pointer, List<ConfigProblem> problems) {
        List<CredentialSettings> credentials = new ArrayList<>();
        JsonNode list = section.path("credentials");
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            Map<String, JsonNode> attributes = new LinkedHashMap<>();
            c.path("attributes").properties().forEach(a -> attributes.put(a.getKey(), a.getValue()));
            credentials.add(new CredentialSettings(c.path("id").asText(), c.path("secret").asText(), attributes));
        }
        Map<String, Duration> delays = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> d : section.path("delays").properties()) {
            try {
                Duration delay = Duration.parse(d.getValue().asText());
                if (delay.isNegative()) {
                    problems.add(new ConfigProblem(pointer + "/delays/" + d.getKey(), "a delay cannot be negative: " + delay));
                }
                delays.put(d.getKey(), delay);
            } catch (DateTimeParseException e) {
                problems.add(new ConfigProblem(pointer + "/delays/" + d.getKey(), "not an ISO-8601 duration: '" + d.getValue().asText() + "'"));
            }
        }
        List<FaultRule> faults = new ArrayList<>();
        JsonNode rules = section.path("faults");
        for (int i = 0; i < rules.size(); i++) {
            try {
                faults.add(FaultRuleCodec.read(rules.get(i), carrier));
            } catch (IllegalArgumentException e) {
                String message = e.getMessage();
                int colon = message.indexOf(": ");
                String field = colon > 0 && !message.substring(0, colon).contains(" ") ? "/" + message.substring(0, colon) : "";
                problems.add(new ConfigProblem(pointer + "/faults/" + i + field, colon > 0 && !field.isEmpty() ? message.substring(colon + 2) : message));
            }
        }
        return new CarrierSettings(credentials, delays, faults, section);
    }

    private static Instant instant(JsonNode node, String pointer, List<ConfigProblem> problems) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            problems.add(new ConfigProblem(pointer, "not an ISO-8601 instant such as 2026-01-01T00:00:00Z: '" + node.asText() + "'"));
            return null;
        }
    }
}
