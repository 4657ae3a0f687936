package dev.carriercontracts.mock.validation;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A spec validator built on the first request that needs it, never at start-up: the server starts
 * as fast as a bare Javalin, and a carrier nobody calls never parses its spec.
 */
public final class LazySpecValidator {

    private final String resource;
    private final ObjectMapper json;
    private volatile SpecValidator validator;

    public LazySpecValidator(String resource, ObjectMapper json) {
        this.resource = resource;
        this.json = json;
    }

    public SpecValidator get() {
        SpecValidator v = validator;
        if (v == null) {
            synchronized (this) {
                v = validator;
                if (v == null) {
                    v = SpecValidator.load(resource, json);
                    validator = v;
                }
            }
        }
        return v;
    }

    public boolean isLoaded() {
        return validator != null;
    }

    public String resource() {
        return resource;
    }
}
