package dev.carriercontracts.mock.cdek.errors;

import dev.carriercontracts.mock.cdek.CdekError;
import dev.carriercontracts.mock.validation.Violation;

/**
 * How CDEK names what is wrong with a request the spec refuses, with the codes of its public
 * "List of integration errors" (spec choice 11): a missing or null field is
 * {@code v2_field_is_empty}, a value of the wrong JSON type {@code v2_invalid_value_type}, a value
 * of the right type in the wrong form (a date, a uuid, an enum value, a length)
 * {@code v2_invalid_format}, a missing body {@code v2_parameters_empty}, and a body that is not
 * JSON at all {@code v2_bad_request}.
 */
final class ViolationCodes {

    private ViolationCodes() {
    }

    static CdekError of(Violation v) {
        String field = field(v);
        String message = v.message();
        if (v.where() == Violation.Where.HEADER) {
            return new CdekError("v2_bad_request", v.name() + ": " + message);
        }
        if (v.where() == Violation.Where.PATH || v.where() == Violation.Where.QUERY) {
            return new CdekError("v2_invalid_format", "Invalid value in [" + v.name() + "] parameter: " + message);
        }
        if (field.isEmpty()) {
            return message.contains("required")
                    ? new CdekError("v2_parameters_empty", "The request has no body")
                    : new CdekError("v2_bad_request", "Bad request: " + message);
        }
        if (message.startsWith("required property") || message.startsWith("null found")) {
            return new CdekError("v2_field_is_empty", field + " is empty");
        }
        if (message.matches("^\\w+ found, \\w+ expected.*")) {
            return new CdekError("v2_invalid_value_type", field + ": " + message);
        }
        return new CdekError("v2_invalid_format", field + ": " + message);
    }

    /** A JSON pointer as CDEK's messages name fields: {@code /packages/0/weight} is {@code packages[0].weight}. */
    private static String field(Violation v) {
        String pointer = v.name();
        if (pointer.isEmpty() || pointer.equals("/")) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String part : pointer.substring(1).split("/")) {
            if (part.matches("[0-9]+")) {
                out.append('[').append(part).append(']');
            } else {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return out.toString();
    }
}
