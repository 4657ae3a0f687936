package dev.carriercontracts.contract.provider;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.carriercontracts.mock.Carrier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

/**
 * Verifies the pact between carrier-client-trackingmore and trackingmore against the mock server. Every
 * interaction starts from a reset server; provider states (../../PROVIDER_STATES.md) set data up through
 * TrackingMore's own API only. A state without a handler fails its interaction: Pact JVM 4.7.5 raises
 * {@code MissingStateChangeMethod} unless the class says {@code @IgnoreMissingStateChange}, which it must
 * not (and {@link TrackingMoreProviderStatesTest} checks the handlers against the pact as well).
 */
@Provider(TrackingMoreProviderVerificationTest.PROVIDER)
@PactFolder("${pact.rootDir}")
class TrackingMoreProviderVerificationTest {

    static final String PROVIDER = "trackingmore";
    static final String TRACKING_EXISTS = "a TrackingMore tracking exists";

    private static ProviderUnderTest provider;
    private static TrackingMoreApiClient trackingmore;

    @BeforeAll
    static void start() {
        provider = ProviderUnderTest.start();
        trackingmore = new TrackingMoreApiClient(provider.baseUrl(Carrier.TRACKINGMORE));
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
    void verify(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @State(TRACKING_EXISTS)
    void trackingExists(Map<String, Object> params) {
        trackingmore.createTracking(String.valueOf(params.get("credential")), String.valueOf(params.get("carrierCode")),
                String.valueOf(params.get("trackingNumber")));
    }
}
