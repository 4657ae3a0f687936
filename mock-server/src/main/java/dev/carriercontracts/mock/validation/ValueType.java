package dev.carriercontracts.mock.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigDecimal;

/**
 * The JSON type a text value (query, path, header, form field) is declared as, so it can be
 * validated as that type. A value that does not parse stays text, and the schema then reports
 * the type mismatch.
 */
record ValueType(String type, ValueType items) {

    static final ValueType TEXT = new ValueType("string", null);

    static ValueType of(SpecDocument spec, SpecDocument.Located schema) {
        if (schema.node().isMissingNode()) {
            return TEXT;
        }
        SpecDocument.Located resolved = spec.resolve(schema);
        String type = resolved.node().path("type").asText("string");
        if ("array".equals(type)) {
            return new ValueType("array", of(spec, resolved.child("items")));
        }
        return new ValueType(type, null);
    }

    boolean isArray() {
        return items != null;
    }

    JsonNode coerce(String text) {
        switch (type) {
            case "integer":
                try {
                    return LongNode.valueOf(Long.parseLong(text.trim()));
                } catch (NumberFormatException e) {
                    return TextNode.valueOf(text);
                }
            case "number":
                try {
                    return DecimalNode.valueOf(new BigDecimal(text.trim()));
                } catch (NumberFormatException e) {
                    return TextNode.valueOf(text);
                }
            case "boolean":
                if ("true".equals(text)) {
                    return BooleanNode.TRUE;
                }
                return "false".equals(text) ? BooleanNode.FALSE : TextNode.valueOf(text);
            default:
                return TextNode.valueOf(text);
        }
    }
}
