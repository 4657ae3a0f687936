package dev.carriercontracts.mock.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Atlassian's validator (the reference implementation) for each spec and base path. Building one
 * takes about a second, so each is built once per test JVM; they are immutable.
 */
final class ReferenceValidators {

    private static final Map<String, OpenApiInteractionValidator> BUILT = new ConcurrentHashMap<>();

    private ReferenceValidators() {
    }

    static OpenApiInteractionValidator of(String specResource, String basePath) {
        return BUILT.computeIfAbsent(specResource + " @ " + basePath, key -> OpenApiInteractionValidator
                .createForInlineApiSpecification(read(specResource))
                .withBasePathOverride(basePath)
                // envelopes extend a base schema with allOf (CJ): merge them, so that a property declared in one
                // part is not "additional" to the other (as contract-tests' CarrierSpec does)
                .withResolveCombinators(true)
                .build());
    }

    private static String read(String resource) {
        try (InputStream in = ReferenceValidators.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no spec on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
