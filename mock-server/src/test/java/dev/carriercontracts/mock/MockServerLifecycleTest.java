package dev.carriercontracts.mock;

import dev.carriercontracts.mock.auth.Authenticator;
import dev.carriercontracts.mock.carrier.CarrierModule;
import dev.carriercontracts.mock.carrier.CarrierModuleFactory;
import dev.carriercontracts.mock.carrier.CarrierModules;
import dev.carriercontracts.mock.carrier.ErrorFormat;
import dev.carriercontracts.mock.carrier.RouteTable;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.clock.ClockMode;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import dev.carriercontracts.mock.support.TestServers;
import dev.carriercontracts.mock.testcarrier.AuthStyle;
import dev.carriercontracts.mock.testcarrier.TestCarrier;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Start, stop, embed: the server as a Java API. */
class MockServerLifecycleTest {

    @Test
    void a_server_on_port_zero_tells_its_port_and_base_urls() {
        try (MockServer server = TestServers.started()) {
            assertThat(server.port()).isPositive();
            assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
            assertThat(server.baseUrl(Carrier.PACKAGE_TRACKING)).isEqualTo(server.baseUrl() + "/package-tracking/v1");
            assertThat(server.carriers()).containsExactly(Carrier.PACKAGE_TRACKING);
        }
    }

    @Test
    void stopping_frees_the_port() throws IOException {
        MockServer server = TestServers.started();
        int port = server.port();

        server.stop();

        try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void two_servers_share_nothing() {
        try (MockServer one = TestServers.started(); MockServer two = TestServers.started()) {
            TestServers.alice(one).post("/parcels").json("{\"reference\": \"R\", \"weight_grams\": 1}").send();
            one.clock().advance(java.time.Duration.ofDays(1));

            assertThat(TestServers.alice(two).get("/parcels").send().json().path("parcels")).isEmpty();
            assertThat(two.journal().all()).hasSize(1);
            assertThat(two.clock().instant()).isEqualTo(TestServers.START);
        }
    }

    @Test
    void the_test_carrier_can_be_mounted_as_two_carriers_at_once() {
        try (MockServer server = MockServer.builder().host("127.0.0.1").port(0)
                .config(TestServers.config("").withCarrier(Carrier.CDEK, TestServers.config("").carrier(Carrier.PACKAGE_TRACKING)))
                .modules(TestCarrier.as(Carrier.PACKAGE_TRACKING, AuthStyle.BASIC), TestCarrier.as(Carrier.CDEK, AuthStyle.API_KEY))
                .build().start()) {
            SpecCheckedClient cdek = SpecCheckedClient.of(server, Carrier.CDEK, TestServers.SPEC).withHeader("X-Test-Key", "alice-secret");

            assertThat(cdek.post("/parcels").json("{\"reference\": \"R\", \"weight_grams\": 1}").send().status()).isEqualTo(201);
            assertThat(TestServers.alice(server).get("/parcels").send().json().path("parcels")).isEmpty();
        }
    }

    @Test
    void specs_are_read_on_the_first_request_that_needs_them_not_at_start() {
        CarrierModuleFactory withoutSpec = CarrierModuleFactory.of(Carrier.CJ, context -> new CarrierModule() {
            @Override public Carrier carrier() { return Carrier.CJ; }
            @Override public String specResource() { return "carrier-specs/not-written-yet.yaml"; }
            @Override public void routes(RouteTable routes) { routes.get("/ping", "ping", call -> call.respond(200, "pong")); }
            @Override public ErrorFormat errorFormat() { return new dev.carriercontracts.mock.admin.AdminErrorFormat(); }
            @Override public Authenticator authenticator() { return Authenticator.NONE; }
            @Override public void reset() { }
            @Override public void reset(String credentialId) { }
        });

        try (MockServer server = MockServer.builder().host("127.0.0.1").port(0).modules(withoutSpec).build().start()) {
            HttpResult ping = SpecCheckedClient.of(server, Carrier.CJ, TestServers.SPEC).get("/ping").unchecked().send();

            assertThat(ping.status()).isEqualTo(500);
            assertThat(ping.json().path("message").asText()).contains("spec not found on the classpath: carrier-specs/not-written-yet.yaml");
        }
    }

    @Test
    void two_modules_for_one_carrier_are_refused() {
        assertThatThrownBy(() -> MockServer.builder().modules(TestCarrier.as(Carrier.CJ, AuthStyle.BASIC), TestCarrier.as(Carrier.CJ, AuthStyle.BASIC)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cj");
    }

    @Test
    void without_a_clock_the_configs_clock_section_decides() {
        try (MockServer server = MockServer.builder().host("127.0.0.1").port(0)
                .config(TestServers.config("clock:\n  mode: virtual\n  start: 2030-05-05T05:05:05Z\n"))
                .modules(TestCarrier.as(Carrier.PACKAGE_TRACKING, AuthStyle.BASIC)).build()) {
            assertThat(server.clock().mode()).isEqualTo(ClockMode.VIRTUAL);
            assertThat(server.clock().instant()).hasToString("2030-05-05T05:05:05Z");
        }
    }

    @Test
    void the_default_server_serves_the_standard_carriers_and_the_admin_api() {
        try (MockServer server = MockServer.builder().host("127.0.0.1").port(0).build().start()) {
            assertThat(server.carriers()).hasSameSizeAs(CarrierModules.standard());
            assertThat(SpecCheckedClient.admin(server).get("/health").send().status()).isEqualTo(200);
        }
    }
}
