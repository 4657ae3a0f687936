package dev.carriercontracts.mock.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The request body of an operation: required or not, the media types it accepts, and for JSON and
 * form bodies the schema it must match. Parses the body once; the parsed tree goes to the handler.
 */
final class BodyCheck {

    private static final String FORM = "application/x-www-form-urlencoded";

    /** One accepted media type; schema and field types are null when the body is not checked. */
    record MediaTypeCheck(String mediaType, JsonSchema schema, Map<String, ValueType> formFields) {
    }

    private final boolean required;
    private final List<MediaTypeCheck> mediaTypes;
    private final ObjectMapper json;

    BodyCheck(boolean required, List<MediaTypeCheck> mediaTypes, ObjectMapper json) {
        this.required = required;
        this.mediaTypes = List.copyOf(mediaTypes);
        this.json = json;
    }

    JsonNode check(RequestParts request, List<Violation> out) {
        byte[] body = request.bodyBytes();
        if (body.length == 0) {
            if (required) {
                out.add(new Violation(Violation.Where.BODY, "", "a request body is required"));
            }
            return MissingNode.getInstance();
        }
        String mediaType = mediaType(request.contentType());
        if (mediaType == null) {
            out.add(new Violation(Violation.Where.HEADER, "Content-Type", "the body has no Content-Type; expected " + accepted()));
            return MissingNode.getInstance();
        }
        MediaTypeCheck match = match(mediaType);
        if (match == null) {
            out.add(new Violation(Violation.Where.HEADER, "Content-Type", "unsupported Content-Type '" + mediaType + "'; expected " + accepted()));
            return MissingNode.getInstance();
        }
        JsonNode parsed;
        if (isJson(match.mediaType())) {
            parsed = parseJson(body, out);
            if (parsed == null) {
                return MissingNode.getInstance();
            }
        } else if (FORM.equals(match.mediaType())) {
            parsed = formObject(request.formParams(), match.formFields());
        } else {
            return MissingNode.getInstance();
        }
        if (match.schema() != null) {
            SchemaMessages.collect(match.schema().validate(parsed), Violation.Where.BODY, null, out);
        }
        return parsed;
    }

    private JsonNode parseJson(byte[] body, List<Violation> out) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || node.isMissingNode()) {
                out.add(new Violation(Violation.Where.BODY, "", "the body is empty; expected JSON"));
                return null;
            }
            return node;
        } catch (JsonProcessingException e) {
            out.add(new Violation(Violation.Where.BODY, "", "malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")")));
            return null;
        } catch (IOException e) {
            out.add(new Violation(Violation.Where.BODY, "", "unreadable body: " + e.getMessage()));
            return null;
        }
    }

    private ObjectNode formObject(Map<String, List<String>> fields, Map<String, ValueType> types) {
        ObjectNode object = json.createObjectNode();
        fields.forEach((name, values) -> {
            ValueType type = types == null ? ValueType.TEXT : types.getOrDefault(name, ValueType.TEXT);
            if (type.isArray()) {
                ArrayNode array = object.putArray(name);
                values.forEach(v -> array.add(type.items().coerce(v)));
            } else if (!values.isEmpty()) {
                object.set(name, type.coerce(values.get(0)));
            }
        });
        return object;
    }

    private MediaTypeCheck match(String mediaType) {
        for (MediaTypeCheck c : mediaTypes) {
            if (c.mediaType().equals(mediaType)) {
                return c;
            }
        }
        for (MediaTypeCheck c : mediaTypes) {
            String declared = c.mediaType();
            if (declared.equals("*/*")
                    || (declared.endsWith("/*") && mediaType.startsWith(declared.substring(0, declared.length() - 1)))) {
                return c;
            }
        }
        return null;
    }

    private String accepted() {
        List<String> names = new ArrayList<>();
        mediaTypes.forEach(c -> names.add(c.mediaType()));
        return String.join(" or ", names);
    }

    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    static boolean isForm(String mediaType) {
        return FORM.equals(mediaType);
    }
}
