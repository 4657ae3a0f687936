package dev.carriercontracts.mock.validation;

/**
 * One way a request departs from its operation in the spec.
 *
 * @param where   which part of the request
 * @param name    the parameter or header name, or a JSON pointer into the body ({@code ""}: the whole
 *                body; {@code /packages/0/weight}: one field)
 * @param message what is wrong, in English
 */
public record Violation(Where where, String name, String message) {

    /** The parts of a request a violation can be in. */
    public enum Where {
        PATH, QUERY, HEADER, BODY
    }

    @Override
    public String toString() {
        return where.name().toLowerCase() + (name.isEmpty() ? "" : " " + name) + ": " + message;
    }
}
