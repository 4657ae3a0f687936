package dev.carriercontracts.contract.provider;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.carriercontracts.client.cj.CjClient;
import dev.carriercontracts.client.cj.model.TrackInfo;
import dev.carriercontracts.client.core.ClientOptions;
import dev.carriercontracts.client.core.RetryPolicy;
import dev.carriercontracts.mock.Carrier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

/**
 * Replays every interaction of the pact between carrier-client-cj and cj against the mock server, each from a
 * reset server on a virtual clock. Provider states are set up over HTTP only: the CJ API with the state's
 * access token, and the admin API. A state the pact names without a handler here fails its interaction:
 * Pact JVM's default (MissingStateChangeMethod, unless the class carries @IgnoreMissingStateChange, which it
 * must not).
 */
@Provider("cj")
@PactFolder("${pacts.dir}")
class CjProviderVerificationTest {

    /**
     * The tracking-number prefix of each logistics channel of the mock's default rate table
     * (mock-server/carriers/cj.md): a number starting with it travels with that channel.
     */
    private static final Map<String, String> TRACKING_PREFIXES = Map.of(
            "CJPacket Postal", "CJPKP",
            "CJPacket Sensitive", "CJPKL",
            "CJPacket Ordinary", "CJPKO",
            "PostNL", "CJPNL",
            "DHL Official", "CJDHL",
            "USPS+", "CJUSP",
            "YTO China Domestic", "YT");

    private static ProviderUnderTest provider;

    @BeforeAll
    static void start() {
        provider = ProviderUnderTest.start();
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        provider.admin().resetAll();
        context.setTarget(provider.target());
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void interaction(PactVerificationContext context) {
        context.verifyInteraction();
    }

    /**
     * The mock ships a parcel the first time an account tracks its number: track it as the state's account,
     * then force it in transit, so that it has a tracking status other than "just shipped".
     */
    @State("a CJ parcel has shipped")
    Map<String, Object> aParcelHasShipped(Map<String, Object> params) {
        String token = (String) params.get("credential");
        String logisticName = (String) params.get("logisticName");
        String prefix = TRACKING_PREFIXES.get(logisticName);
        if (prefix == null) {
            throw new IllegalStateException("the mock has no logistics channel named " + logisticName);
        }
        String trackNumber = prefix + "7160102171YQ";
        List<TrackInfo> tracked = CjClient.create(provider.baseUrl(Carrier.CJ), token,
                ClientOptions.defaults().withRetryPolicy(RetryPolicy.disabled())).trackInfo(List.of(trackNumber)).getData();
        if (tracked.size() != 1 || !logisticName.equals(tracked.get(0).getLogisticName())) {
            throw new IllegalStateException("tracking " + trackNumber + " did not ship a " + logisticName + " parcel: " + tracked);
        }
        provider.admin().forceState("cj", "parcel", trackNumber, "InTransit");
        return Map.of("trackNumber", trackNumber);
    }
}
