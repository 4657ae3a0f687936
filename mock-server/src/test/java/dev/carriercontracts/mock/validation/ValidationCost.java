package dev.carriercontracts.mock.validation;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import dev.carriercontracts.mock.http.JsonMapper;
import dev.carriercontracts.mock.testcarrier.ParcelsModule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Measures what request validation costs: build time and time per request, of the run-time
 * validator (networknt, precompiled per operation) and of Atlassian's (the test suite's reference).
 * Not a test: run it by hand on a quiet machine,
 * {@code ./mvnw -pl mock-server test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.carriercontracts.mock.validation.ValidationCost}.
 */
public final class ValidationCost {

    private static final String BODY = "{\"reference\": \"R-12345\", \"weight_grams\": 1200, \"note\": null, "
            + "\"tags\": [\"fragile\", \"cold\"], \"service\": \"express\"}";

    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        SpecValidator validator = SpecValidator.load(ParcelsModule.SPEC, JsonMapper.create());
        OperationValidator create = validator.operation("createParcel");
        OperationValidator list = validator.operation("listParcels");
        long built = System.nanoTime() - t0;
        RequestParts post = parts(BODY.getBytes(StandardCharsets.UTF_8), Map.of());
        RequestParts get = parts(new byte[0], Map.of("state", List.of("CREATED", "IN_TRANSIT"), "limit", List.of("20")));
        if (!create.validate(post).valid() || !list.validate(get).valid()) {
            throw new IllegalStateException("the sample requests should be valid");
        }

        long t1 = System.nanoTime();
        OpenApiInteractionValidator atlassian = OpenApiInteractionValidator.createForInlineApiSpecification(read(ParcelsModule.SPEC))
                .withBasePathOverride("/v1").build();
        SimpleRequest atlassianPost = SimpleRequest.Builder.post("/v1/parcels").withContentType("application/json")
                .withAuthorization("Basic YTpi").withBody(BODY).build();
        atlassian.validateRequest(atlassianPost);
        long atlassianBuilt = System.nanoTime() - t1;

        System.out.printf("build (cold, first in this JVM): networknt %d ms (spec parse + 2 operations), Atlassian %d ms%n",
                built / 1_000_000, atlassianBuilt / 1_000_000);
        System.out.printf("networknt POST body (parse + validate): %.2f us/request%n", perCall(() -> create.validate(post)));
        System.out.printf("networknt GET with 2 query parameters: %.2f us/request%n", perCall(() -> list.validate(get)));
        System.out.printf("Atlassian POST body:                   %.2f us/request%n", perCall(() -> atlassian.validateRequest(atlassianPost)));
    }

    private static double perCall(Runnable call) {
        for (int i = 0; i < 100_000; i++) {
            call.run();
        }
        int rounds = 5;
        double best = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            int n = 100_000;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                call.run();
            }
            best = Math.min(best, (System.nanoTime() - start) / 1_000.0 / n);
        }
        return best;
    }

    private static RequestParts parts(byte[] body, Map<String, List<String>> query) {
        return new RequestParts() {
            @Override
            public String pathParam(String name) {
                return null;
            }

            @Override
            public List<String> queryParams(String name) {
                return query.getOrDefault(name, List.of());
            }

            @Override
            public String header(String name) {
                return null;
            }

            @Override
            public String contentType() {
                return body.length == 0 ? null : "application/json";
            }

            @Override
            public byte[] bodyBytes() {
                return body;
            }

            @Override
            public Map<String, List<String>> formParams() {
                return Map.of();
            }
        };
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ValidationCost.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
