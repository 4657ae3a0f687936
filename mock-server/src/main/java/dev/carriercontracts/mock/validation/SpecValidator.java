package dev.carriercontracts.mock.validation;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Validates requests against one spec: one precompiled {@link OperationValidator} per operationId.
 * Each operation is compiled the first time it is called and kept; the networknt machinery is not
 * even started until an operation with a parameter or body schema needs it.
 */
public final class SpecValidator {

    private final SpecDocument spec;
    private final OperationCompiler compiler;
    private final Map<String, OperationValidator> operations = new ConcurrentHashMap<>();

    public SpecValidator(SpecDocument spec, ObjectMapper json) {
        this.spec = spec;
        this.compiler = new OperationCompiler(spec, memoize(() -> new SchemaCompiler(spec)), json);
    }

    /** Reads the spec from the classpath now. */
    public static SpecValidator load(String resource, ObjectMapper json) {
        return new SpecValidator(SpecDocument.load(resource, SpecValidator.class.getClassLoader()), json);
    }

    public String resource() {
        return spec.resource();
    }

    public Set<String> operationIds() {
        return spec.operationIds();
    }

    /** The validator of one operation. */
    public OperationValidator operation(String operationId) {
        OperationValidator validator = operations.get(operationId);
        return validator != null ? validator : operations.computeIfAbsent(operationId, id -> compiler.compile(
                spec.operation(id).orElseThrow(() -> new IllegalStateException(
                        "operation '" + id + "' is not in " + spec.resource()))));
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
