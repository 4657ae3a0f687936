package dev.carriercontracts.contract.provider;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.carriercontracts.client.cnexpress.CnExpressClient;
import dev.carriercontracts.client.cnexpress.api.CnExpressApi;
import dev.carriercontracts.client.cnexpress.model.NewItem;
import dev.carriercontracts.client.cnexpress.model.NewOrderRequest;
import dev.carriercontracts.client.cnexpress.model.NewPackage;
import dev.carriercontracts.client.cnexpress.model.OrderRequest;
import dev.carriercontracts.client.cnexpress.model.RequestStatus;
import dev.carriercontracts.mock.Carrier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays the pact carrier-client-cnexpress → cnexpress against the mock server (in-process, virtual clock).
 * Each interaction starts from a reset server; each provider state sets its data up through HTTP only: the
 * CNExpress API with the default accounts (driven by the generated client) and the admin API (clock, forced
 * states). The values each state returns are those PROVIDER_STATES.md lists.
 *
 * <p>A state the pact names without a handler here fails its interaction: Pact JVM 4.7.5 throws
 * {@code MissingStateChangeMethod} and fails the test unless the class is annotated
 * {@code @IgnoreMissingStateChange} (it is not), and {@link CnExpressProviderStatesTest} also checks every state
 * of the pact against the handlers of this class.
 */
@Provider(CnExpressProviderVerificationTest.PROVIDER)
@PactFolder("${pacts.dir}")
class CnExpressProviderVerificationTest {

    static final String PROVIDER = "cnexpress";
    /** Past Created (1 s) and Waiting (3 s more) with the mock server's default delays. */
    private static final Duration PROCESSED = Duration.ofSeconds(5);
    /** The default accounts of the mock server (carrier-defaults/cnexpress.yaml). */
    private static final Map<String, String> PASSWORDS = Map.of(
            "my_username", "my_password",
            "your_username", "your_password",
            "live_username", "live_password");

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
    void resetAndTarget(PactVerificationContext context) {
        provider.admin().resetAll();
        context.setTarget(provider.target());
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @State("a CNExpress request has succeeded")
    Map<String, Object> requestSucceeded(Map<String, Object> params) {
        CnExpressApi api = api(credential(params));
        String requestNo = api.createRequest(order(packages(params))).getRequestNo();
        provider.admin().advanceClock(PROCESSED);
        OrderRequest request = api.getRequest(requestNo);
        assertThat(request.getStatus()).isEqualTo(RequestStatus.SUCCEEDED);
        return Map.of("requestNo", requestNo, "trackingNo", request.getPackages().get(0).getTrackingNo());
    }

    @State("a CNExpress request has failed")
    Map<String, Object> requestFailed(Map<String, Object> params) {
        String requestNo = api(credential(params)).createRequest(order(packages(params))).getRequestNo();
        provider.admin().forceState(Carrier.CNEXPRESS.id(), "request", requestNo, "Failed");
        return Map.of("requestNo", requestNo);
    }

    @State("a CNExpress request has been created and is not processed yet")
    Map<String, Object> requestCreated(Map<String, Object> params) {
        return Map.of("requestNo", api(credential(params)).createRequest(order(1)).getRequestNo());
    }

    @State("a CNExpress live package is being tracked")
    Map<String, Object> livePackageTracked() {
        CnExpressApi live = api("live_username");
        String requestNo = live.createRequest(order(1)).getRequestNo();
        provider.admin().advanceClock(PROCESSED);
        String trackingNo = live.getRequest(requestNo).getPackages().get(0).getTrackingNo();
        assertThat(live.getTracking(trackingNo).getProgress()).isNotEmpty();
        return Map.of("trackingNo", trackingNo);
    }

    private static CnExpressApi api(String username) {
        String password = PASSWORDS.get(username);
        assertThat(password).as("a default CNExpress account named " + username).isNotNull();
        return CnExpressClient.create(provider.baseUrl(Carrier.CNEXPRESS), username, password);
    }

    private static String credential(Map<String, Object> params) {
        return String.valueOf(params.getOrDefault("credential", "my_username"));
    }

    private static int packages(Map<String, Object> params) {
        Object packages = params.getOrDefault("packages", 1);
        return packages instanceof Number n ? n.intValue() : Integer.parseInt(packages.toString());
    }

    /** An order of {@code packages} packages of 6 tins, with route_code, order_no and every package_no set. */
    private static NewOrderRequest order(int packages) {
        List<NewPackage> list = new ArrayList<>();
        for (int i = 1; i <= packages; i++) {
            list.add(new NewPackage()
                    .senderName("发件人1").senderPhoneNumber("01234567").senderAddress("发件人地址测试英国地址")
                    .receiverName("张三").receiverPhoneNumber("12345678911").receiverAddress("黄浦江路33号")
                    .receiverCity("黄山市").receiverPostCode("200000").receiverIdNumber("X40192928323")
                    .weight("4.00").length(20).width(20).height(20).packageNo(String.valueOf(i))
                    .items(List.of(new NewItem().barcode("5000378998287").count(6))));
        }
        return new NewOrderRequest().routeCode("cnpost").orderNo("1234567").packages(list);
    }
}
