package dev.carriercontracts.mock.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Reads one operation of a spec and builds its {@link OperationValidator}. */
final class OperationCompiler {

    /** OpenAPI says these header parameters are ignored (content negotiation and security cover them). */
    private static final Set<String> IGNORED_HEADERS = Set.of("accept", "content-type", "authorization");

    private final SpecDocument spec;
    private final Supplier<SchemaCompiler> schemas;
    private final ObjectMapper json;

    OperationCompiler(SpecDocument spec, Supplier<SchemaCompiler> schemas, ObjectMapper json) {
        this.spec = spec;
        this.schemas = schemas;
        this.json = json;
    }

    OperationValidator compile(SpecDocument.Operation operation) {
        List<ParameterCheck> parameters = new ArrayList<>();
        // operation-level parameters override path-level ones with the same name and location
        Map<String, SpecDocument.Located> declared = new LinkedHashMap<>();
        collect(operation.pathItem().child("parameters"), declared);
        collect(operation.node().child("parameters"), declared);
        for (SpecDocument.Located p : declared.values()) {
            ParameterCheck check = parameter(p);
            if (check != null) {
                parameters.add(check);
            }
        }
        return new OperationValidator(operation.operationId(), parameters, body(operation.node().child("requestBody")));
    }

    private void collect(SpecDocument.Located list, Map<String, SpecDocument.Located> into) {
        for (int i = 0; i < list.node().size(); i++) {
            SpecDocument.Located p = spec.resolve(list.child(Integer.toString(i)));
            into.put(p.node().path("in").asText() + ":" + p.node().path("name").asText(), p);
        }
    }

    private ParameterCheck parameter(SpecDocument.Located p) {
        JsonNode node = p.node();
        String in = node.path("in").asText();
        String name = node.path("name").asText();
        Violation.Where where;
        switch (in) {
            case "path":
                where = Violation.Where.PATH;
                break;
            case "query":
                where = Violation.Where.QUERY;
                break;
            case "header":
                if (IGNORED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                    return null;
                }
                where = Violation.Where.HEADER;
                break;
            default:
                return null; // cookies: no carrier uses them
        }
        SpecDocument.Located schema = p.child("schema");
        boolean explode = node.path("explode").asBoolean(!node.has("style") || "form".equals(node.path("style").asText()));
        return new ParameterCheck(where, name, "path".equals(in) || node.path("required").asBoolean(false),
                ValueType.of(spec, schema), explode, schema.node().isMissingNode() ? null : schemas.get().compile(schema.pointer()));
    }

    private BodyCheck body(SpecDocument.Located requestBody) {
        if (requestBody.node().isMissingNode()) {
            return null;
        }
        SpecDocument.Located resolved = spec.resolve(requestBody);
        SpecDocument.Located content = resolved.child("content");
        List<BodyCheck.MediaTypeCheck> mediaTypes = new ArrayList<>();
        for (Iterator<String> it = content.node().fieldNames(); it.hasNext(); ) {
            String mediaType = it.next();
            String normalised = BodyCheck.mediaType(mediaType);
            SpecDocument.Located schema = content.child(mediaType).child("schema");
            boolean checked = !schema.node().isMissingNode() && (BodyCheck.isJson(normalised) || BodyCheck.isForm(normalised));
            JsonSchema compiled = checked ? schemas.get().compile(schema.pointer()) : null;
            Map<String, ValueType> formFields = BodyCheck.isForm(normalised) && checked ? formFields(schema) : null;
            mediaTypes.add(new BodyCheck.MediaTypeCheck(normalised, compiled, formFields));
        }
        return new BodyCheck(resolved.node().path("required").asBoolean(false), mediaTypes, json);
    }

    private Map<String, ValueType> formFields(SpecDocument.Located schema) {
        Map<String, ValueType> types = new HashMap<>();
        SpecDocument.Located properties = spec.resolve(schema).child("properties");
        for (Iterator<String> it = properties.node().fieldNames(); it.hasNext(); ) {
            String field = it.next();
            types.put(field, ValueType.of(spec, properties.child(field)));
        }
        return types;
    }
}
