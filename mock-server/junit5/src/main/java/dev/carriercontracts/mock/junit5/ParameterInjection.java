package dev.carriercontracts.mock.junit5;

import dev.carriercontracts.client.core.ClientOptions;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.admin.AdminApi;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.faults.FaultInjector;
import dev.carriercontracts.mock.journal.RequestJournal;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

import java.lang.reflect.Executable;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Which test parameters the extension provides, and their values. A parameter is the extension's when
 * its type is one of the server's parts or a generated client API, or when it carries
 * {@link BaseUrl} or {@link Credential}; one the extension claims but cannot provide fails with a
 * message that says what to change.
 */
final class ParameterInjection {

    private static final Set<Class<?>> SERVER_PARTS =
            Set.of(MockServer.class, MockClock.class, RequestJournal.class, FaultInjector.class, AdminApi.class);

    private ParameterInjection() {
    }

    static boolean supports(ParameterContext parameter) {
        Class<?> type = parameter.getParameter().getType();
        return parameter.isAnnotated(BaseUrl.class) || parameter.isAnnotated(Credential.class)
                || SERVER_PARTS.contains(type) || GeneratedClient.forType(type).isPresent();
    }

    static Object resolve(ParameterContext parameter, ServerHandle handle, UnaryOperator<ClientOptions> clientOptions) {
        try {
            return value(parameter, handle, clientOptions);
        } catch (IllegalArgumentException e) {
            throw new ParameterResolutionException("Cannot inject " + describe(parameter) + ": " + e.getMessage(), e);
        }
    }

    private static Object value(ParameterContext parameter, ServerHandle handle, UnaryOperator<ClientOptions> clientOptions) {
        Class<?> type = parameter.getParameter().getType();
        Optional<BaseUrl> baseUrl = parameter.findAnnotation(BaseUrl.class);
        Optional<Credential> credential = parameter.findAnnotation(Credential.class);
        Optional<GeneratedClient> client = GeneratedClient.forType(type);
        if (baseUrl.isPresent()) {
            String url = handle.baseUrl(baseUrl.get().value());
            if (type == String.class) {
                return url;
            }
            if (type == URI.class) {
                return URI.create(url);
            }
            throw new IllegalArgumentException("@BaseUrl goes on a String or URI parameter, not " + type.getSimpleName());
        }
        if (client.isPresent()) {
            GeneratedClient api = client.get();
            if (credential.isPresent() && credential.get().value() != api.carrier()) {
                throw new IllegalArgumentException(api.simpleName() + " is a " + api.carrier().id()
                        + " client, but @Credential names a " + credential.get().value().id() + " account");
            }
            String accountId = credential.map(Credential::id).orElse("");
            return handle.client(api, handle.credential(api.carrier(), accountId), clientOptions);
        }
        if (credential.isPresent()) {
            if (type != MockCredential.class) {
                throw new IllegalArgumentException("@Credential goes on a MockCredential parameter or a generated client"
                        + " (CnExpressApi, TrackingMoreApi, CjLogisticsApi, PackageTrackingApi, CdekApi), not "
                        + type.getSimpleName());
            }
            return handle.credential(credential.get().value(), credential.get().id());
        }
        return serverPart(type, handle.server());
    }

    private static Object serverPart(Class<?> type, MockServer server) {
        if (type == MockServer.class) {
            return server;
        }
        if (type == MockClock.class) {
            return server.clock();
        }
        if (type == RequestJournal.class) {
            return server.journal();
        }
        if (type == FaultInjector.class) {
            return server.faults();
        }
        if (type == AdminApi.class) {
            return server.admin();
        }
        throw new IllegalStateException("not a server part: " + type);
    }

    /** e.g. {@code parameter 'cnexpress' (int) of ships_an_order(...)}. */
    static String describe(ParameterContext parameter) {
        Executable owner = parameter.getDeclaringExecutable();
        String name = parameter.getParameter().isNamePresent() ? "'" + parameter.getParameter().getName() + "'"
                : "#" + parameter.getIndex();
        return "parameter " + name + " (" + parameter.getParameter().getType().getSimpleName() + ") of "
                + owner.getDeclaringClass().getSimpleName() + "." + owner.getName() + "(...)";
    }
}
