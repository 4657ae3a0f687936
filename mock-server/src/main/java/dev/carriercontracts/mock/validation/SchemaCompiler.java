package dev.carriercontracts.mock.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi30;

import java.util.List;
import java.util.Set;

/**
 * Compiles the schemas of one spec with networknt's OpenAPI 3.0 dialect ({@code nullable},
 * {@code discriminator}...). The whole document is the schema resource, and each schema is taken
 * at its JSON pointer inside it, so its local {@code $ref}s resolve against the spec itself.
 */
final class SchemaCompiler {

    /** The OpenAPI 3.0 dialect's annotation keywords. */
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "default", "deprecated", "example",
            "externalDocs", "xml");

    private final JsonSchema document;
    private final JsonNode root;

    SchemaCompiler(SpecDocument spec) {
        this.root = spec.root();
        // The document's own keys (openapi, paths...) are not schema keywords: ignore them quietly rather
        // than warn about each one. Annotations and x- extensions never fail a value: no validator at all for
        // them, rather than one per keyword that runs on every value of a request only to find nothing to do.
        JsonMetaSchema dialect = JsonMetaSchema.builder(OpenApi30.getInstance())
                .keywords(keywords -> keywords.keySet().removeAll(ANNOTATIONS))
                .unknownKeywordFactory((keyword, context) ->
                        ANNOTATIONS.contains(keyword) || keyword.startsWith("x-") ? null : new NonValidationKeyword(keyword))
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.metaSchema(dialect).defaultMetaSchemaIri(dialect.getIri()));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .build();
        this.document = factory.getSchema(SchemaLocation.of("urn:carrier-spec:" + spec.resource()), spec.root(), config);
    }

    /** The schema at this pointer, with every validator built now rather than on first use. */
    JsonSchema compile(List<String> pointer) {
        JsonNodePath path = new JsonNodePath(PathType.JSON_POINTER);
        JsonNode node = root;
        for (String segment : pointer) {
            // networknt walks arrays by index: an array element needs an int path element
            if (node.isArray()) {
                int index = Integer.parseInt(segment);
                path = path.append(index);
                node = node.path(index);
            } else {
                path = path.append(segment);
                node = node.path(segment);
            }
        }
        JsonSchema schema = document.getSubSchema(path);
        schema.initializeValidators();
        return schema;
    }
}
