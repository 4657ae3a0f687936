package dev.carriercontracts.specs;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every spec on the classpath parses without a single message from swagger-parser (the same parser
 * the generator uses), covers every operation of its carrier's document, and documents every
 * operation and property. Complements the Redocly lint, which needs Node.js.
 */
class SpecsAreCompleteTest {

    private static OpenAPI parse(String file) {
        URL url = SpecsAreCompleteTest.class.getClassLoader().getResource("carrier-specs/" + file);
        assertThat(url).as("carrier-specs/%s on the classpath", file).isNotNull();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readLocation(url.toString(), null, options);
        assertThat(result.getMessages()).as("parser messages for %s", file).isEmpty();
        return result.getOpenAPI();
    }

    private static List<Operation> operations(OpenAPI api) {
        List<Operation> all = new ArrayList<>();
        api.getPaths().values().forEach(path -> all.addAll(path.readOperations()));
        return all;
    }

    @ParameterizedTest(name = "{0} has {1} operations under tag {2}")
    @CsvSource({
            "cnexpress.yaml, 12, CnExpress",
            "trackingmore.yaml, 16, TrackingMore",
            "cj.yaml, 6, CjLogistics",
            "package-tracking.yaml, 1, PackageTracking",
            "cdek.yaml, 3, Cdek",
    })
    void every_operation_of_the_carriers_document_is_specified_and_documented(String file, int expected, String tag) {
        OpenAPI api = parse(file);

        List<Operation> operations = operations(api);
        assertThat(operations).hasSize(expected);
        assertThat(operations).allSatisfy(operation -> {
            assertThat(operation.getOperationId()).as("operationId").isNotBlank();
            assertThat(operation.getSummary()).as("summary of %s", operation.getOperationId()).isNotBlank();
            assertThat(operation.getDescription()).as("description of %s", operation.getOperationId()).isNotBlank();
            assertThat(operation.getTags()).as("tags of %s", operation.getOperationId()).containsExactly(tag);
            assertThat(operation.getResponses()).as("responses of %s", operation.getOperationId())
                    .anySatisfy((status, response) -> assertThat(status).matches("2\\d\\d"))
                    .anySatisfy((status, response) -> assertThat(status).matches("4\\d\\d"));
        });
        assertThat(api.getServers()).as("servers").anySatisfy(server -> assertThat(server.getUrl()).startsWith("http://localhost:8080/"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"cnexpress.yaml", "trackingmore.yaml", "cj.yaml", "package-tracking.yaml", "cdek.yaml"})
    void every_schema_property_has_a_description(String file) {
        OpenAPI api = parse(file);

        List<String> undocumented = new ArrayList<>();
        for (Map.Entry<String, Schema> schema : api.getComponents().getSchemas().entrySet()) {
            Map<String, Schema> properties = schema.getValue().getProperties();
            if (properties == null) {
                continue;
            }
            properties.forEach((name, property) -> {
                boolean documented = property.getDescription() != null && !property.getDescription().isBlank()
                        || property.get$ref() != null;
                if (!documented) {
                    undocumented.add(schema.getKey() + "." + name);
                }
            });
        }
        assertThat(undocumented).as("properties without a description").isEmpty();
    }
}
