package dev.carriercontracts.mock.cnexpress;

import dev.carriercontracts.mock.auth.AuthOutcome;
import dev.carriercontracts.mock.carrier.ErrorFormat;
import dev.carriercontracts.mock.carrier.ErrorResponse;
import dev.carriercontracts.mock.cnexpress.request.FieldErrors;
import dev.carriercontracts.mock.validation.Violation;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * CNExpress's errors, as its framework (Django REST Framework) writes them (spec {@code ApiError}): a
 * {@code detail} message, or the reasons listed under the name of each parameter at fault, each prefixed with
 * the package's position (spec choice 10). Statuses as DRF's (spec choice 9).
 */
public final class CnExpressErrors implements ErrorFormat {

    public static final String NOT_FOUND = "Not found.";

    public static ErrorResponse detail(int status, String detail) {
        return ErrorResponse.json(status, Map.of("detail", detail));
    }

    public static ErrorResponse notFound() {
        return detail(404, NOT_FOUND);
    }

    public static ErrorResponse fields(FieldErrors errors) {
        return ErrorResponse.json(400, errors.asMap());
    }

    @Override
    public ErrorResponse validation(List<Violation> violations) {
        FieldErrors fields = new FieldErrors();
        for (Violation v : violations) {
            if (v.where() == Violation.Where.HEADER && "Content-Type".equalsIgnoreCase(v.name())) {
                return detail(415, "Unsupported media type \"" + quoted(v.message()) + "\" in request.");
            }
            if (v.where() == Violation.Where.BODY && v.name().isEmpty()) {
                return detail(400, v.message().startsWith("malformed JSON: ")
                        ? "JSON parse error - " + v.message().substring("malformed JSON: ".length())
                        : v.message());
            }
            if (v.where() == Violation.Where.BODY) {
                BodyField field = BodyField.of(v.name());
                fields.add(field.parameter(), field.position() + reason(field.parameter(), v.message()));
            } else {
                fields.add(v.name(), reason(v.name(), v.message()));
            }
        }
        return fields(fields);
    }

    @Override
    public ErrorResponse unauthorized(AuthOutcome.Rejected rejection) {
        String detail = rejection.reason() == AuthOutcome.Reason.INVALID
                ? "Invalid username/password."
                : "Authentication credentials were not provided.";
        return detail(401, detail).withHeader("WWW-Authenticate", "Basic realm=\"api\"");
    }

    @Override
    public ErrorResponse notFound(String detail) {
        return notFound();
    }

    @Override
    public ErrorResponse methodNotAllowed(String method, List<String> allowed) {
        return detail(405, "Method \"" + method + "\" not allowed.");
    }

    @Override
    public ErrorResponse payloadTooLarge(long limitBytes) {
        return detail(413, "Request body exceeded the size limit (" + limitBytes + " bytes).");
    }

    @Override
    public ErrorResponse rateLimited(Duration retryAfter) {
        return detail(429, "Request was throttled. Expected available in " + Math.max(1, retryAfter.toSeconds()) + " seconds.")
                .withHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
    }

    @Override
    public ErrorResponse injected(int status) {
        String detail = switch (status) {
            case 400 -> "Bad request.";
            case 401 -> "Authentication credentials were not provided.";
            case 403 -> "You do not have permission to perform this action.";
            case 404 -> NOT_FOUND;
            case 429 -> "Request was throttled.";
            case 500 -> "A server error occurred.";
            case 502 -> "Bad gateway.";
            case 503 -> "Service temporarily unavailable, try again later.";
            case 504 -> "Gateway timeout.";
            default -> "Error " + status + ".";
        };
        ErrorResponse answer = detail(status, detail);
        return status == 401 ? answer.withHeader("WWW-Authenticate", "Basic realm=\"api\"") : answer;
    }

    @Override
    public ErrorResponse serverError(String detail) {
        return detail(500, "A server error occurred (" + detail + ").");
    }

    /** The carrier's wording for a schema violation, where it has one. */
    private static String reason(String parameter, String message) {
        if (message.startsWith("required property")) {
            return "This field is required.";
        }
        if (message.startsWith("null found")) {
            return "This field may not be null.";
        }
        if (message.endsWith("integer expected")) {
            return "A valid integer is required.";
        }
        if (message.endsWith("number expected") || parameter.equals("weight")) {
            return "A valid number is required.";
        }
        if (message.endsWith("string expected")) {
            return "Not a valid string.";
        }
        if (message.endsWith("array expected")) {
            return "Expected a list of items.";
        }
        if (message.endsWith("object expected")) {
            return "Invalid data. Expected a dictionary.";
        }
        if (message.endsWith("boolean expected")) {
            return "Must be a valid boolean.";
        }
        if (message.contains("at least 1 items")) {
            return "This list may not be empty.";
        }
        return message;
    }

    private static String quoted(String message) {
        int open = message.indexOf('\'');
        int close = open < 0 ? -1 : message.indexOf('\'', open + 1);
        return close < 0 ? "" : message.substring(open + 1, close);
    }

    /**
     * A body field named by its JSON pointer, as the carrier names it: {@code /packages/1/items/0/count} is
     * the parameter {@code count} of "Package 2, item 1".
     */
    private record BodyField(String parameter, String position) {

        static BodyField of(String pointer) {
            String[] segments = pointer.substring(1).split("/");
            String parameter = null;
            StringBuilder position = new StringBuilder();
            for (int i = 0; i < segments.length; i++) {
                String s = segments[i];
                boolean index = !s.isEmpty() && s.chars().allMatch(Character::isDigit);
                if (!index) {
                    parameter = s.replace("~1", "/").replace("~0", "~");
                } else if ("packages".equals(parameter)) {
                    position.append("Package ").append(Integer.parseInt(s) + 1);
                } else if ("items".equals(parameter)) {
                    position.append(", item ").append(Integer.parseInt(s) + 1);
                }
            }
            return new BodyField(parameter == null ? "non_field_errors" : parameter,
                    position.length() == 0 ? "" : position + ": ");
        }
    }
}
