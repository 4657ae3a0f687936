package dev.carriercontracts.contract.provider;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carriercontracts.mock.Carrier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Replays the pact between carrier-client-cdek and cdek against the mock server. Every interaction starts
 * from a reset server on a virtual clock; its provider states are set up through HTTP only, the way a client
 * would: a token from CDEK's token endpoint with the default test credentials, orders registered through the
 * API, and the clock moved through the admin API until CDEK has processed them (PROVIDER_STATES.md, "cdek").
 *
 * <p>A state a pact names without a handler here fails its interaction: Pact JVM 4.7.5 throws
 * {@code MissingStateChangeMethod} unless the class says {@code @IgnoreMissingStateChange}, which it must not.
 */
@Provider("cdek")
@PactFolder("${pacts.dir}")
class CdekProviderVerificationTest {

    /** The default clients of the mock's CDEK and their secure passwords (carrier-defaults/cdek.yaml). */
    private static final Map<String, String> SECRETS = Map.of(
            "EMscd6r9JnFiQ3bLoyjJY6eM78JrJceI", "PjLZkKBHEiLK3YsjtNrt3TGNG0ahs3kG",
            "wqGwiQx0gg8mLtiEKsUinjVSICCjtTEP", "RmAmgvSgSl1yirlz9QupbzOJVqhCxcP5");
    /** From registration to a processed CREATE request with the default delays (waiting + processing). */
    private static final Duration PROCESSING = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ProviderUnderTest provider;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        provider = ProviderUnderTest.start();
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @BeforeEach
    void before(PactVerificationContext context) {
        provider.admin().resetAll();
        context.setTarget(provider.target());
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void pactVerificationTestTemplate(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @State("a CDEK access token has been issued")
    Map<String, Object> tokenIssued(Map<String, Object> params) {
        return Map.of("accessToken", token(clientId(params)));
    }

    @State("a CDEK order has been created")
    Map<String, Object> orderCreated(Map<String, Object> params) {
        String uuid = register(clientId(params), CdekOrders.VALID);
        provider.admin().advanceClock(PROCESSING);
        return Map.of("uuid", uuid);
    }

    @State("a CDEK order registration has been refused")
    Map<String, Object> registrationRefused(Map<String, Object> params) {
        String uuid = register(clientId(params), CdekOrders.WITHOUT_ITEMS);
        provider.admin().advanceClock(PROCESSING);
        return Map.of("uuid", uuid);
    }

    private static String clientId(Map<String, Object> params) {
        String clientId = String.valueOf(params.get("clientId"));
        if (!SECRETS.containsKey(clientId)) {
            throw new IllegalArgumentException("no default CDEK client " + clientId + "; known: " + SECRETS.keySet());
        }
        return clientId;
    }

    private String token(String clientId) {
        String query = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(SECRETS.get(clientId));
        JsonNode answer = send(HttpRequest.newBuilder(URI.create(provider.baseUrl(Carrier.CDEK) + "/oauth/token?" + query))
                .POST(HttpRequest.BodyPublishers.noBody()), 200);
        return answer.path("access_token").asText();
    }

    private String register(String clientId, String order) {
        JsonNode answer = send(HttpRequest.newBuilder(URI.create(provider.baseUrl(Carrier.CDEK) + "/orders"))
                .header("Authorization", "Bearer " + token(clientId))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(order)), 202);
        return answer.path("entity").path("uuid").asText();
    }

    private JsonNode send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
