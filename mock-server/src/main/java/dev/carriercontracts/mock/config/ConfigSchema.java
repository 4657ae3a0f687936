package dev.carriercontracts.mock.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The JSON Schema of the config file ({@code mock-server-config.schema.json} on the classpath,
 * documented there). Only a user's file is checked against it, when one is given.
 */
final class ConfigSchema {

    static final String RESOURCE = "mock-server-config.schema.json";

    private final JsonSchema schema;

    ConfigSchema() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        this.schema = factory.getSchema(SchemaLocation.of("classpath:" + RESOURCE), config);
    }

    List<ConfigProblem> check(JsonNode file) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (ValidationMessage m : schema.validate(file)) {
            String location = m.getInstanceLocation().toString();
            String message = m.getMessage();
            if (message.startsWith(location + ": ")) {
                message = message.substring(location.length() + 2);
            }
            boolean namesProperty = ("required".equals(m.getType()) || "additionalProperties".equals(m.getType()))
                    && m.getProperty() != null;
            problems.add(new ConfigProblem(namesProperty ? location + "/" + m.getProperty() : location, message));
        }
        problems.sort(Comparator.comparing(ConfigProblem::path));
        return problems;
    }
}
