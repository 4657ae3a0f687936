package dev.carriercontracts.mock.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.config.YamlResources;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An OpenAPI 3.0 document read as a tree, with its operations indexed by operationId and local
 * {@code $ref}s resolved on demand. Every node is kept with its JSON pointer, so a schema can be
 * compiled in place (its own {@code $ref}s then resolve against the same document).
 */
public final class SpecDocument {

    /** A node of the document and where it is. */
    public record Located(JsonNode node, List<String> pointer) {
        Located child(String name) {
            List<String> path = new ArrayList<>(pointer);
            path.add(name);
            JsonNode child = node.isArray() ? node.path(Integer.parseInt(name)) : node.path(name);
            return new Located(child, List.copyOf(path));
        }
    }

    /** An operation: its method, its path template, its own node and its path item's. */
    public record Operation(String operationId, String method, String path, Located node, Located pathItem) {
    }

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final String resource;
    private final JsonNode root;
    private final Map<String, Operation> operations = new HashMap<>();

    public SpecDocument(String resource, JsonNode root) {
        this.resource = resource;
        this.root = root;
        Located paths = new Located(root, List.of()).child("paths");
        for (Iterator<String> it = paths.node().fieldNames(); it.hasNext(); ) {
            String path = it.next();
            Located pathItem = resolve(paths.child(path));
            for (Iterator<String> m = pathItem.node().fieldNames(); m.hasNext(); ) {
                String method = m.next();
                if (!METHODS.contains(method)) {
                    continue;
                }
                Located op = pathItem.child(method);
                String operationId = op.node().path("operationId").asText(null);
                if (operationId != null) {
                    operations.put(operationId, new Operation(operationId, method, path, op, pathItem));
                }
            }
        }
    }

    /** Reads a spec from the classpath. */
    public static SpecDocument load(String resource, ClassLoader loader) {
        JsonNode root = YamlResources.read(resource, loader);
        if (root == null) {
            throw new IllegalStateException("spec not found on the classpath: " + resource);
        }
        return new SpecDocument(resource, root);
    }

    public String resource() {
        return resource;
    }

    public JsonNode root() {
        return root;
    }

    public Optional<Operation> operation(String operationId) {
        return Optional.ofNullable(operations.get(operationId));
    }

    public Set<String> operationIds() {
        return Set.copyOf(operations.keySet());
    }

    /** Follows local {@code $ref}s ({@code #/...}) until a node without one. */
    public Located resolve(Located located) {
        Located current = located;
        for (int hops = 0; current.node().has("$ref"); hops++) {
            if (hops > 32) {
                throw new IllegalStateException(resource + ": $ref loop at " + String.join("/", located.pointer()));
            }
            current = at(current.node().get("$ref").asText());
        }
        return current;
    }

    /** The node at a local reference such as {@code #/components/schemas/Order}. */
    public Located at(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalStateException(resource + ": only local $refs are supported, got " + ref);
        }
        Located current = new Located(root, List.of());
        for (String raw : ref.substring(2).split("/")) {
            current = current.child(raw.replace("~1", "/").replace("~0", "~"));
            if (current.node().isMissingNode()) {
                throw new IllegalStateException(resource + ": $ref points nowhere: " + ref);
            }
        }
        return current;
    }
}
