package dev.carriercontracts.contract.provider;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.carriercontracts.client.core.ClientOptions;
import dev.carriercontracts.client.core.RetryPolicy;
import dev.carriercontracts.client.packagetracking.PackageTrackingClient;
import dev.carriercontracts.client.packagetracking.PackageTrackingException;
import dev.carriercontracts.client.packagetracking.api.PackageTrackingApi;
import dev.carriercontracts.client.packagetracking.model.ResultCode;
import dev.carriercontracts.client.packagetracking.model.TrackingQuery;
import dev.carriercontracts.mock.Carrier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Replays the pact between carrier-client-package-tracking and package-tracking against the mock server.
 * Each interaction starts from a reset server on a frozen virtual clock; its provider state is set up through
 * HTTP only (the service's own API with the default key, and the admin API), as PROVIDER_STATES.md describes.
 *
 * <p>A state the pact names without a {@code @State} handler here fails its interaction: Pact JVM 4.7.5 throws
 * {@code MissingStateChangeMethod} by default (only {@code @IgnoreMissingStateChange} would turn that into a
 * warning, and this class must not carry it; {@code PackageTrackingStateHandlersTest} checks both).
 */
@Provider(PackageTrackingProviderVerificationTest.PROVIDER)
@PactFolder("${pact.rootDir}")
class PackageTrackingProviderVerificationTest {

    static final String PROVIDER = "package-tracking";
    private static final String API_KEY = "pt-test-api-key";

    private static ProviderUnderTest provider;
    private static PackageTrackingApi api;

    @BeforeAll
    static void start() {
        provider = ProviderUnderTest.start();
        api = PackageTrackingClient.create(provider.baseUrl(Carrier.PACKAGE_TRACKING), API_KEY,
                ClientOptions.defaults().withRetryPolicy(RetryPolicy.disabled()));
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(provider.target());
        provider.admin().resetAll(); // runs before the interaction's state handlers
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void the_mock_server_honours_every_interaction_of_the_package_tracking_pact(PactVerificationContext context) {
        context.verifyInteraction();
    }

    /** Known from its first query on; forced to Delivered, it answers as the document's example (已签收). */
    @State("the carrier knows the shipment")
    void theCarrierKnowsTheShipment(Map<String, Object> params) {
        String expCode = (String) params.get("expCode");
        String expNo = (String) params.get("expNo");
        api.queryTracking(new TrackingQuery().expCode(expCode).expNo(expNo));
        provider.admin().forceState(PROVIDER, "shipment", expCode + ":" + expNo, "Delivered");
    }

    /**
     * Nothing to set up: numbers of letters and zeros ({@code SF0000000000}) are unknown to the mock by
     * construction (x-mock-magic-values). Checked here, so a change of that rule fails with a clear cause.
     */
    @State("the carrier knows no shipment with the number")
    void theCarrierKnowsNoShipmentWithTheNumber(Map<String, Object> params) {
        TrackingQuery query = new TrackingQuery().expCode((String) params.get("expCode")).expNo((String) params.get("expNo"));
        assertThatThrownBy(() -> api.queryTracking(query)).as("the mock must not know %s", query.getExpNo())
                .isInstanceOfSatisfying(PackageTrackingException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.resultCode()).isEqualTo(ResultCode.NOT_FOUND);
                });
    }
}
