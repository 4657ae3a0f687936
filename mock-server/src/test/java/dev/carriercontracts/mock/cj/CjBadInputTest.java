package dev.carriercontracts.mock.cj;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.faults.Fault;
import dev.carriercontracts.mock.faults.FaultRule;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static dev.carriercontracts.mock.cj.CjTestServer.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every failure in CJ's envelope: parameter errors as code 1600100 inside HTTP 200 (as the seed shows), and the
 * spec's choices for what CJ does not document (413, 429, 5XX, unknown paths and methods). Never a 5XX on bad input.
 */
class CjBadInputTest {

    static MockServer server;
    static SpecCheckedClient cj;

    @BeforeAll
    static void start() {
        server = CjTestServer.start("server: {maxBodyBytes: 2048}");
        cj = CjTestServer.client(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        CjTestServer.reset(server);
        server.faults().clear();
    }

    private static String paramError(SpecCheckedClient.Call call) {
        String message = refused(call.expectInvalidRequest().send(), 200, 1600100);
        assertThat(message).startsWith("Param error");
        return message;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/logistic/freightCalculate", "/logistic/freightCalculateTip", "/logistic/partnerFreightCalculate",
            "/logistic/getSupplierLogisticsTemplate"})
    void malformed_json_is_a_param_error_on_every_body(String path) {
        assertThat(paramError(cj.post(path).json("{\"products\": [}"))).contains("malformed JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/logistic/freightCalculate", "/logistic/freightCalculateTip", "/logistic/partnerFreightCalculate",
            "/logistic/getSupplierLogisticsTemplate"})
    void a_missing_body_is_a_param_error(String path) {
        assertThat(paramError(cj.post(path))).contains("body");
    }

    @Test
    void a_body_that_is_not_an_object_is_a_param_error() {
        paramError(cj.post("/logistic/freightCalculate").json("[1, 2]"));
        paramError(cj.post("/logistic/freightCalculate").json("null"));
    }

    @Test
    void missing_required_fields_are_each_named() {
        String message = paramError(cj.post("/logistic/freightCalculate").json("{\"products\": [{\"vid\": \"V1\"}]}"));

        assertThat(message).contains("startCountryCode").contains("endCountryCode").contains("products.0.quantity");
    }

    @Test
    void a_wrong_type_is_a_param_error_naming_the_field() {
        assertThat(paramError(cj.post("/logistic/freightCalculate").json("""
                {"startCountryCode": "US", "endCountryCode": "US", "products": [{"vid": "V1", "quantity": "two"}]}
                """))).contains("products.0.quantity");
    }

    @Test
    void a_field_over_its_length_is_a_param_error() {
        assertThat(paramError(cj.post("/logistic/partnerFreightCalculate").json("""
                {"orderNumber": "%s", "shippingCountryCode": "US", "products": [{"vid": "V1", "quantity": 1}]}
                """.formatted("9".repeat(41))))).contains("orderNumber");
    }

    @Test
    void a_body_that_is_not_json_is_a_param_error() {
        assertThat(paramError(cj.post("/logistic/freightCalculate")
                .body("text/plain", "startCountryCode=US".getBytes(StandardCharsets.UTF_8)))).contains("Content-Type");
    }

    @Test
    void an_oversized_body_is_refused_with_413_in_cjs_envelope() {
        String big = "{\"skuList\": [\"" + "A".repeat(3000) + "\"]}";

        HttpResult result = cj.post("/logistic/getSupplierLogisticsTemplate").json(big).expectInvalidRequest().send();

        assertThat(refused(result, 413, 1600100)).contains("2048 bytes");
    }

    @Test
    void an_oversized_chunked_body_is_refused_with_413_too() {
        String big = "{\"skuList\": [\"" + "A".repeat(3000) + "\"]}";

        refused(cj.post("/logistic/getSupplierLogisticsTemplate").json(big).chunked().expectInvalidRequest().send(), 413, 1600100);
    }

    @Test
    void an_unknown_path_is_interface_not_found_inside_http_200() {
        HttpResult result = cj.get("/logistic/noSuchInterface").unchecked().send();

        assertThat(refused(result, 200, 1600101)).contains("/logistic/noSuchInterface");
    }

    @Test
    void a_wrong_method_is_405_with_allow_in_cjs_envelope() {
        HttpResult result = cj.method("PUT", "/logistic/trackInfo").unchecked().send();

        refused(result, 405, 1600101);
        assertThat(result.header("Allow")).hasValue("GET");
    }

    @Test
    void an_injected_outage_is_system_busy() {
        server.faults().add(FaultRule.nextCalls(Carrier.CJ, "trackInfo", new Fault.ErrorStatus(503), 1));

        refused(cj.get("/logistic/trackInfo").query("trackNumber", "CJPKP1000000001").send(), 503, 1600000);
        CjTestServer.data(cj.get("/logistic/trackInfo").query("trackNumber", "CJPKP1000000001").send());
    }

    @Test
    void an_injected_rate_limit_is_call_exceeded_limit_with_retry_after() {
        server.faults().add(FaultRule.nextCalls(Carrier.CJ, "freightCalculate", new Fault.RateLimit(Duration.ofSeconds(3)), 1));

        HttpResult result = cj.post("/logistic/freightCalculate")
                .json("{\"startCountryCode\": \"US\", \"endCountryCode\": \"US\", \"products\": [{\"vid\": \"V1\", \"quantity\": 1}]}").send();

        refused(result, 429, 1600200);
        assertThat(result.header("Retry-After")).hasValue("3");
    }
}
