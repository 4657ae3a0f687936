package dev.carriercontracts.contract.spec;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A carrier's OpenAPI spec as the pact check uses it, loaded from the carrier-specs jar on the classpath by
 * the pact's provider name ({@code carrier-specs/<provider>.yaml}): a validator for requests and responses,
 * the base path the mock server serves the carrier under, and the spec's operations.
 */
final class CarrierSpec {

    private static final String MOCK_SERVER_HOST = "http://localhost";

    private final String provider;
    private final String basePath;
    private final List<SpecOperation> operations;
    private final OpenApiInteractionValidator validator;

    private CarrierSpec(String provider, String text) {
        this.provider = provider;
        OpenAPI api = parse(provider, text);
        this.basePath = mockBasePath(provider, api);
        this.operations = operations(api);
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(text)
                .withBasePathOverride(basePath)
                // envelopes extend a base schema with allOf (CJ): merge them, so that a property declared in one
                // part is not "additional" to the other
                .withResolveCombinators(true)
                .build();
    }

    /** The spec of the carrier a pact names as its provider, e.g. {@code cnexpress}. */
    static CarrierSpec forProvider(String provider) {
        return new CarrierSpec(provider, read("carrier-specs/" + provider + ".yaml"));
    }

    String provider() {
        return provider;
    }

    /** The path prefix of the carrier on the mock server (its {@code servers} entry), e.g. {@code /cnexpress/api/v1}. */
    String basePath() {
        return basePath;
    }

    List<SpecOperation> operations() {
        return operations;
    }

    OpenApiInteractionValidator validator() {
        return validator;
    }

    /** The operation a request goes to, by method and path template; the most literal template wins. */
    Optional<SpecOperation> operationFor(String method, String path) {
        if (!path.startsWith(basePath)) {
            return Optional.empty();
        }
        String below = path.substring(basePath.length());
        return operations.stream()
                .filter(operation -> operation.matches(method, below))
                .max(Comparator.comparingInt(SpecOperation::literalLength));
    }

    private static OpenAPI parse(String provider, String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        if (result.getOpenAPI() == null) {
            throw new IllegalStateException("carrier-specs/" + provider + ".yaml does not parse: " + result.getMessages());
        }
        return result.getOpenAPI();
    }

    private static String mockBasePath(String provider, OpenAPI api) {
        return api.getServers().stream()
                .map(Server::getUrl)
                .filter(url -> url.startsWith(MOCK_SERVER_HOST))
                .map(url -> URI.create(url).getPath())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "carrier-specs/" + provider + ".yaml has no " + MOCK_SERVER_HOST + " server (the mock server's base path)"));
    }

    private static List<SpecOperation> operations(OpenAPI api) {
        List<SpecOperation> operations = new ArrayList<>();
        api.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) ->
                operations.add(new SpecOperation(method.name(), template, operation.getOperationId()))));
        return List.copyOf(operations);
    }

    private static String read(String resource) {
        try (InputStream in = CarrierSpec.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(resource + " is not on the classpath (is carrier-specs a dependency?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
