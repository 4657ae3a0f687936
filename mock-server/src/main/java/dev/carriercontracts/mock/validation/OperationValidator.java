package dev.carriercontracts.mock.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * The precompiled checks of one operation. An operation without parameters or body costs nothing.
 */
public final class OperationValidator {

    private final String operationId;
    private final List<ParameterCheck> parameters;
    private final BodyCheck body;

    OperationValidator(String operationId, List<ParameterCheck> parameters, BodyCheck body) {
        this.operationId = operationId;
        this.parameters = List.copyOf(parameters);
        this.body = body;
    }

    public String operationId() {
        return operationId;
    }

    public ValidationResult validate(RequestParts request) {
        if (parameters.isEmpty() && body == null) {
            return ValidationResult.VALID_WITHOUT_BODY;
        }
        List<Violation> violations = new ArrayList<>(0);
        for (ParameterCheck p : parameters) {
            p.check(request, violations);
        }
        if (body == null) {
            return violations.isEmpty() ? ValidationResult.VALID_WITHOUT_BODY : new ValidationResult(violations, ValidationResult.VALID_WITHOUT_BODY.body());
        }
        return new ValidationResult(violations, body.check(request, violations));
    }
}
