package dev.carriercontracts.mock.http;

import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import dev.carriercontracts.mock.support.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests no operation takes still get the carrier's own 404 and 405. */
class UnmatchedRequestsTest {

    static MockServer server;
    static SpecCheckedClient alice;

    @BeforeAll
    static void start() {
        server = TestServers.started();
        alice = TestServers.alice(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void an_unknown_path_under_a_carrier_is_the_carriers_not_found() {
        HttpResult answer = alice.get("/parcels/P1/history").unchecked().send();

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(answer.json().path("message").asText()).isEqualTo("No operation GET /parcels/P1/history");
    }

    @Test
    void a_long_unknown_path_is_cut_in_the_answer() {
        String longPath = "/parcels/P1/" + "x".repeat(5_000);

        HttpResult answer = alice.get(longPath).unchecked().send();

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("message").asText()).isEqualTo("No operation GET " + longPath.substring(0, 200) + "…");
    }

    @Test
    void a_known_path_with_another_method_is_the_carriers_method_not_allowed() {
        HttpResult answer = alice.method("PUT", "/parcels/P1").unchecked().send();

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.json().path("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(answer.header("Allow")).hasValue("GET, DELETE");
    }

    @Test
    void a_path_under_no_api_says_where_the_apis_are() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/carriers")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("/package-tracking/v1").contains("/__admin");
    }
}
