package dev.carriercontracts.client.trackingmore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The examples of carrier-specs/trackingmore.yaml (read from the spec jar on the test classpath), so
 * the tests answer with exactly what the spec promises and follow it when it changes.
 */
final class SpecExamples {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final JsonNode SPEC = load();

    private SpecExamples() {
    }

    /** The JSON of one named response example, e.g. {@code response("/trackings/get", "get", "200", "onePage")}. */
    static String response(String path, String method, String status, String example) {
        JsonNode value = examplesOf(SPEC.path("paths").path(path).path(method).path("responses").path(status))
                .path(example).path("value");
        if (value.isMissingNode()) {
            throw new IllegalArgumentException("no example " + example + " for " + method + " " + path + " " + status);
        }
        return value.toString();
    }

    /** Every operationId of the spec. */
    static List<String> operationIds() {
        List<String> ids = new ArrayList<>();
        forEachOperation((path, method, operation) -> ids.add(operation.path("operationId").asText()));
        return ids;
    }

    /** One error example of one operation: the HTTP status it is sent with and the envelope. */
    record ErrorExample(String operationId, int status, String name, JsonNode envelope) {
        int code() {
            return envelope.path("meta").path("code").asInt();
        }

        String type() {
            return envelope.path("meta").path("type").asText();
        }

        String message() {
            return envelope.path("meta").path("message").asText();
        }

        @Override
        public String toString() {
            return operationId + " " + status + " " + name + " (" + code() + ")";
        }
    }

    /**
     * Every example of every error response of every operation. A {@code 5XX} range is sent with
     * the status its example's {@code meta.code} names (500, 503).
     */
    static List<ErrorExample> errorExamples() {
        List<ErrorExample> all = new ArrayList<>();
        forEachOperation((path, method, operation) -> {
            String id = operation.path("operationId").asText();
            operation.path("responses").fields().forEachRemaining(response -> {
                String status = response.getKey();
                if (status.startsWith("2")) {
                    return;
                }
                examplesOf(response.getValue()).fields().forEachRemaining(example -> {
                    JsonNode envelope = example.getValue().path("value");
                    int http = status.equalsIgnoreCase("5XX")
                            ? envelope.path("meta").path("code").asInt()
                            : Integer.parseInt(status);
                    all.add(new ErrorExample(id, http, example.getKey(), envelope));
                });
            });
        });
        return all;
    }

    private interface OperationVisitor {
        void visit(String path, String method, JsonNode operation);
    }

    private static void forEachOperation(OperationVisitor visitor) {
        SPEC.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                visitor.visit(path.getKey(), method.getKey(), method.getValue());
            }
        }));
    }

    /** The {@code examples} of a response, following {@code $ref}s to shared responses and examples. */
    private static JsonNode examplesOf(JsonNode response) {
        JsonNode examples = resolve(response).path("content").path("application/json").path("examples");
        var resolved = YAMLMapper.builder().build().createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = examples.fields(); it.hasNext(); ) {
            var entry = it.next();
            resolved.set(entry.getKey(), resolve(entry.getValue()));
        }
        return resolved;
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        String pointer = ref.asText();
        if (!pointer.startsWith("#")) {
            throw new IllegalStateException("only local $refs are expected: " + pointer);
        }
        return resolve(SPEC.at(pointer.substring(1)));
    }

    private static JsonNode load() {
        try (InputStream in = SpecExamples.class.getClassLoader().getResourceAsStream("carrier-specs/trackingmore.yaml")) {
            if (in == null) {
                throw new IllegalStateException("carrier-specs/trackingmore.yaml is not on the test classpath");
            }
            return new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
