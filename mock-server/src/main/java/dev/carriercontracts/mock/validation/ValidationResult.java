package dev.carriercontracts.mock.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.List;

/**
 * The outcome of validating one request: its violations (none: valid) and the parsed body, so the
 * handler never parses it again ({@link MissingNode} when the operation takes no JSON or form body).
 */
public record ValidationResult(List<Violation> violations, JsonNode body) {

    public static final ValidationResult VALID_WITHOUT_BODY = new ValidationResult(List.of(), MissingNode.getInstance());

    public boolean valid() {
        return violations.isEmpty();
    }
}
