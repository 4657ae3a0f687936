package dev.carriercontracts.mock.cj;

import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static dev.carriercontracts.mock.cj.CjTestServer.data;
import static dev.carriercontracts.mock.cj.CjTestServer.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** The CJ-Access-Token header: refusals in CJ's envelope, inside HTTP 200, on every operation. */
class CjAuthenticationTest {

    static final String FREIGHT = """
            {"startCountryCode": "US", "endCountryCode": "US", "products": [{"quantity": 2, "vid": "439FC05B-1311-4349-87FA-1E1EF942C418"}]}
            """;

    static MockServer server;

    @BeforeAll
    static void start() {
        // an extra account whose token expires a day after the clock's start
        server = CjTestServer.start("""
                carriers:
                  cj:
                    credentials:
                      - {id: cj-test, secret: cj-test-access-token}
                      - {id: cj-expired, secret: expired-cj-access-token, attributes: {expiresAt: "2024-06-01T00:00:00Z"}}
                      - {id: cj-expiring, secret: expiring-token, attributes: {expiresAt: "2026-01-02T00:00:00Z"}}
                """);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        CjTestServer.reset(server);
    }

    /** A valid request of the operation, not sent yet. */
    private static SpecCheckedClient.Call call(String operation, SpecCheckedClient client) {
        return switch (operation) {
            case "freightCalculate" -> client.post("/logistic/freightCalculate").json(FREIGHT);
            case "freightCalculateTip" -> client.post("/logistic/freightCalculateTip").json("{\"reqDTOS\": [{\"destAreaCode\": \"US\", \"weight\": 100}]}");
            case "partnerFreightCalculate" -> client.post("/logistic/partnerFreightCalculate")
                    .json("{\"shippingCountryCode\": \"US\", \"products\": [{\"vid\": \"V1\", \"quantity\": 1}]}");
            case "getSupplierLogisticsTemplate" -> client.post("/logistic/getSupplierLogisticsTemplate").json("{\"skuList\": [\"CJCF1042372\"]}");
            case "getTrackInfo" -> client.get("/logistic/getTrackInfo").query("trackNumber", "CJPKP1000000001");
            default -> client.get("/logistic/trackInfo").query("trackNumber", "CJPKP1000000001");
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"freightCalculate", "freightCalculateTip", "partnerFreightCalculate", "getSupplierLogisticsTemplate",
            "getTrackInfo", "trackInfo"})
    void every_operation_refuses_a_call_without_token_with_1600002(String operation) {
        // the spec requires the header: the request is off-spec on purpose
        String message = refused(call(operation, CjTestServer.anonymous(server)).expectInvalidRequest().send(), 200, 1600002);

        assertThat(message).isEqualTo("access token cannot be empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"freightCalculate", "freightCalculateTip", "partnerFreightCalculate", "getSupplierLogisticsTemplate",
            "getTrackInfo", "trackInfo"})
    void every_operation_refuses_an_unknown_token_with_1600001(String operation) {
        String message = refused(call(operation, CjTestServer.anonymous(server).withHeader("CJ-Access-Token", "no-such-token")).send(), 200, 1600001);

        assertThat(message).startsWith("Invalid API key or access token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"freightCalculate", "freightCalculateTip", "partnerFreightCalculate", "getSupplierLogisticsTemplate",
            "getTrackInfo", "trackInfo"})
    void every_operation_answers_a_valid_token(String operation) {
        data(call(operation, CjTestServer.client(server)).send());
    }

    @Test
    void an_expired_token_is_refused_with_1600001() {
        String message = refused(CjTestServer.anonymous(server).withHeader("CJ-Access-Token", "expired-cj-access-token")
                .post("/logistic/freightCalculate").json(FREIGHT).send(), 200, 1600001);

        assertThat(message).contains("expired");
    }

    @Test
    void a_token_expires_when_the_clock_reaches_its_expiry() {
        SpecCheckedClient expiring = CjTestServer.anonymous(server).withHeader("CJ-Access-Token", "expiring-token");
        data(expiring.post("/logistic/freightCalculate").json(FREIGHT).send());

        server.clock().set(Instant.parse("2026-01-02T00:00:00Z").minusMillis(1));
        data(expiring.post("/logistic/freightCalculate").json(FREIGHT).send());
        server.clock().advance(Duration.ofMillis(1));
        refused(expiring.post("/logistic/freightCalculate").json(FREIGHT).send(), 200, 1600001);
    }

    @Test
    void the_seed_curl_without_its_token_is_refused_as_the_spec_says() {
        // seed 1.1 sends no CJ-Access-Token; CJ requires it on every call (spec, choice 1)
        refused(CjTestServer.anonymous(server).post("/logistic/freightCalculate").json(FREIGHT).expectInvalidRequest().send(), 200, 1600002);
    }

    @Test
    void a_blank_token_counts_as_missing() {
        refused(CjTestServer.anonymous(server).withHeader("CJ-Access-Token", "  ").post("/logistic/freightCalculate").json(FREIGHT)
                .expectInvalidRequest().send(), 200, 1600002);
    }
}
