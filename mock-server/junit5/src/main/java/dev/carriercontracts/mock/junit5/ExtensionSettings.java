package dev.carriercontracts.mock.junit5;

import dev.carriercontracts.client.core.ClientOptions;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How one registration of the extension behaves: the server it needs, plus what happens around each
 * test. From {@link CarrierMock} or from {@link CarrierMockExtension.Builder}.
 *
 * @param clientOptions customises the injected clients' options; {@code null} for the defaults. Only a
 *                      generic signature names {@code ClientOptions}, so this loads without client-core
 */
record ExtensionSettings(ServerSpec server, Reset reset, Scope scope, UnaryOperator<ClientOptions> clientOptions) {

    static final ExtensionSettings DEFAULTS = new ExtensionSettings(ServerSpec.DEFAULTS, Reset.BETWEEN_TESTS, Scope.CLASS, null);

    static ExtensionSettings of(CarrierMock annotation) {
        ServerSpec server = new ServerSpec(annotation.clock(), instant(annotation.start()),
                annotation.config().isBlank() ? null : annotation.config(), null, 0, List.of());
        return new ExtensionSettings(server, annotation.reset(), annotation.scope(), null);
    }

    private static Instant instant(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ExtensionConfigurationException("@CarrierMock(start = \"" + text
                    + "\") is not an ISO-8601 instant such as 2026-01-01T00:00:00Z");
        }
    }
}
