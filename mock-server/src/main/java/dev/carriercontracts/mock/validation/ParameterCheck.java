package dev.carriercontracts.mock.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.JsonSchema;

import java.util.List;

/**
 * One parameter of an operation: finds its raw value(s), turns them into JSON of the declared type
 * (query strings are text on the wire) and validates them against the parameter's schema.
 */
final class ParameterCheck {

    private final Violation.Where where;
    private final String name;
    private final boolean required;
    private final ValueType type;
    private final boolean explode;
    private final JsonSchema schema;

    ParameterCheck(Violation.Where where, String name, boolean required, ValueType type, boolean explode, JsonSchema schema) {
        this.where = where;
        this.name = name;
        this.required = required;
        this.type = type;
        this.explode = explode;
        this.schema = schema;
    }

    void check(RequestParts request, List<Violation> out) {
        List<String> raw = rawValues(request);
        if (raw.isEmpty()) {
            if (required) {
                out.add(new Violation(where, name, "is required but missing"));
            }
            return;
        }
        JsonNode value;
        if (type.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode(raw.size());
            for (String item : explode ? raw : List.of(raw.get(0).split(",", -1))) {
                array.add(type.items().coerce(item));
            }
            value = array;
        } else {
            if (raw.size() > 1) {
                out.add(new Violation(where, name, "is given " + raw.size() + " times but takes one value"));
                return;
            }
            value = type.coerce(raw.get(0));
        }
        if (schema != null) {
            SchemaMessages.collect(schema.validate(value), where, name, out);
        }
    }

    private List<String> rawValues(RequestParts request) {
        switch (where) {
            case PATH: {
                String v = request.pathParam(name);
                return v == null ? List.of() : List.of(v);
            }
            case HEADER: {
                String v = request.header(name);
                return v == null ? List.of() : List.of(v);
            }
            default:
                return request.queryParams(name);
        }
    }
}
