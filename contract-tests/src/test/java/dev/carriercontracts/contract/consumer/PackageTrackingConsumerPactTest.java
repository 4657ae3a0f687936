package dev.carriercontracts.contract.consumer;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.carriercontracts.client.packagetracking.PackageTrackingClient;
import dev.carriercontracts.client.packagetracking.PackageTrackingException;
import dev.carriercontracts.client.packagetracking.api.PackageTrackingApi;
import dev.carriercontracts.client.packagetracking.model.ResultCode;
import dev.carriercontracts.client.packagetracking.model.TrackingData;
import dev.carriercontracts.client.packagetracking.model.TrackingQuery;
import dev.carriercontracts.client.packagetracking.model.TrackingStatus;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static dev.carriercontracts.contract.consumer.PactConventions.NO_RETRIES;
import static dev.carriercontracts.contract.consumer.PactConventions.oneOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the generated package-tracking client expects from the tracking service: its one operation
 * ({@code queryTracking} of carrier-specs/package-tracking.yaml), its success and its main errors (unknown API
 * key, an unsupported carrier code, an unknown tracking number), as a pact between carrier-client-package-tracking
 * and package-tracking. Provider states: ../../PROVIDER_STATES.md.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PackageTrackingConsumerPactTest.PROVIDER, pactVersion = PactSpecVersion.V4)
class PackageTrackingConsumerPactTest {

    static final String PROVIDER = "package-tracking";
    static final String CONSUMER = "carrier-client-package-tracking";
    private static final String BASE_PATH = "/package-tracking/v1";
    private static final String API_KEY_HEADER = "X-Api-Key";
    private static final String API_KEY = "pt-test-api-key";
    private static final String UNKNOWN_API_KEY = "not-a-package-tracking-key";

    private static final String KNOWN_SHIPMENT = "the carrier knows the shipment";
    private static final String UNKNOWN_SHIPMENT = "the carrier knows no shipment with the number";
    private static final String CARRIER = "shunfeng";
    private static final String NUMBER = "SF1234567890";
    private static final String UNKNOWN_NUMBER = "SF0000000000";

    private static final String STATUS = oneOf("已揽收", "运输中", "派送中", "已签收", "异常", "退回");
    private static final String LOCAL_TIME = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}";

    @Pact(consumer = CONSUMER)
    V4Pact knownShipment(PactBuilder builder) {
        return builder.given(KNOWN_SHIPMENT, Map.of("expCode", CARRIER, "expNo", NUMBER))
                .expectsToReceiveHttpInteraction("a query for a shipment the carrier knows", http -> http
                        .withRequest(query(API_KEY, CARRIER, NUMBER))
                        .willRespondWith(res -> res.status(200).body(newJsonBody(o -> o
                                .stringValue("code", "SUCCESS")
                                .stringType("message", "success")
                                .object("data", data -> data
                                        .stringMatcher("status", STATUS, "已签收")
                                        .stringType("statusDesc", "快件已签收")
                                        .minArrayLike("traces", 1, trace -> trace
                                                .stringMatcher("time", LOCAL_TIME, "2024-01-01 10:00:00")
                                                .stringType("desc", "已签收")))).build()))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "knownShipment")
    void a_known_shipment_has_a_status_and_its_traces_newest_first(MockServer server) {
        TrackingData data = client(server, API_KEY).queryTracking(query(CARRIER, NUMBER)).getData();

        assertThat(data.getStatus()).isNotNull().isNotEqualTo(TrackingStatus.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(data.getStatusDesc()).isNotBlank();
        assertThat(data.getTraces()).isNotEmpty().allSatisfy(trace -> assertThat(trace.getTime()).matches(LOCAL_TIME));
    }

    @Pact(consumer = CONSUMER)
    V4Pact unknownApiKey(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a query with an unknown API key", http -> http
                .withRequest(query(UNKNOWN_API_KEY, CARRIER, NUMBER))
                .willRespondWith(res -> res.status(401).body(error("UNAUTHORIZED", "invalid or missing api key")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "unknownApiKey")
    void an_unknown_api_key_is_refused_with_401(MockServer server) {
        assertRefused(() -> client(server, UNKNOWN_API_KEY).queryTracking(query(CARRIER, NUMBER)), 401, ResultCode.UNAUTHORIZED);
    }

    @Pact(consumer = CONSUMER)
    V4Pact unsupportedCarrier(PactBuilder builder) {
        return builder.expectsToReceiveHttpInteraction("a query for a carrier code the service does not support", http -> http
                .withRequest(query(API_KEY, "no-such-carrier", NUMBER))
                .willRespondWith(res -> res.status(400).body(error("PARAM_ERROR", "expCode not supported: no-such-carrier")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "unsupportedCarrier")
    void an_unsupported_carrier_code_is_refused_with_a_param_error(MockServer server) {
        assertRefused(() -> client(server, API_KEY).queryTracking(query("no-such-carrier", NUMBER)), 400, ResultCode.PARAM_ERROR);
    }

    @Pact(consumer = CONSUMER)
    V4Pact unknownShipment(PactBuilder builder) {
        return builder.given(UNKNOWN_SHIPMENT, Map.of("expCode", CARRIER, "expNo", UNKNOWN_NUMBER))
                .expectsToReceiveHttpInteraction("a query for a tracking number the carrier does not know", http -> http
                        .withRequest(query(API_KEY, CARRIER, UNKNOWN_NUMBER))
                        .willRespondWith(res -> res.status(404).body(error("NOT_FOUND", "no tracking information for shunfeng SF0000000000")))).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "unknownShipment")
    void an_unknown_tracking_number_is_not_found(MockServer server) {
        assertRefused(() -> client(server, API_KEY).queryTracking(query(CARRIER, UNKNOWN_NUMBER)), 404, ResultCode.NOT_FOUND);
    }

    private static PackageTrackingApi client(MockServer server, String apiKey) {
        return PackageTrackingClient.create(server.getUrl() + BASE_PATH, apiKey, NO_RETRIES);
    }

    private static RequestStep query(String apiKey, String expCode, String expNo) {
        return req -> req.method("POST").path(BASE_PATH + "/query").header(API_KEY_HEADER, apiKey)
                .body(newJsonBody(o -> o.stringType("expCode", expCode).stringType("expNo", expNo)).build());
    }

    private static TrackingQuery query(String expCode, String expNo) {
        return new TrackingQuery().expCode(expCode).expNo(expNo);
    }

    /** Every error is the envelope with its code, a message and {@code data: null}. */
    private static DslPart error(String code, String message) {
        return newJsonBody(o -> o.stringValue("code", code).stringType("message", message).nullValue("data")).build();
    }

    private static void assertRefused(ThrowingCallable call, int status, ResultCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PackageTrackingException.class, refused -> {
            assertThat(refused.status()).isEqualTo(status);
            assertThat(refused.resultCode()).isEqualTo(code);
        });
    }
}
