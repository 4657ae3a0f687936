package dev.carriercontracts.mock.junit5;

import dev.carriercontracts.client.cdek.api.CdekApi;
import dev.carriercontracts.client.cj.api.CjLogisticsApi;
import dev.carriercontracts.client.cnexpress.api.CnExpressApi;
import dev.carriercontracts.client.packagetracking.api.PackageTrackingApi;
import dev.carriercontracts.client.trackingmore.api.TrackingMoreApi;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.admin.AdminApi;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.faults.FaultInjector;
import dev.carriercontracts.mock.journal.RequestJournal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** Every injectable type arrives as a parameter, all of one running server. */
@CarrierMock(config = "two-accounts-each.yaml")
class ParameterInjectionTest {

    static MockServer startedForTheClass;
    MockClock clockBeforeEach;

    @BeforeAll
    static void lifecycle_methods_get_parameters_too(MockServer server) {
        startedForTheClass = server;
    }

    @BeforeEach
    void before_each_too(MockClock clock) {
        clockBeforeEach = clock;
    }

    @Test
    void the_server_parts_are_those_of_the_running_server(MockServer server, MockClock clock, RequestJournal journal,
                                                          FaultInjector faults, AdminApi admin) {
        assertThat(server).isSameAs(startedForTheClass);
        assertThat(clock).isSameAs(server.clock()).isSameAs(clockBeforeEach);
        assertThat(journal).isSameAs(server.journal());
        assertThat(faults).isSameAs(server.faults());
        assertThat(admin).isSameAs(server.admin());
        assertThat(server.baseUrl()).startsWith("http://127.0.0.1:");
    }

    @Test
    void base_urls_point_at_each_carrier_on_the_running_server(MockServer server,
                                                               @BaseUrl(Carrier.CNEXPRESS) String cnexpress,
                                                               @BaseUrl(Carrier.CDEK) URI cdek) {
        assertThat(cnexpress).isEqualTo(server.baseUrl() + "/cnexpress/api/v1");
        assertThat(cdek).isEqualTo(URI.create(server.baseUrl() + "/cdek/v2"));
    }

    @Test
    void a_credential_is_the_carriers_first_account_unless_named(@Credential(Carrier.CNEXPRESS) MockCredential first,
                                                                 @Credential(value = Carrier.CNEXPRESS, id = "bob") MockCredential bob,
                                                                 @Credential(Carrier.CDEK) MockCredential cdek) {
        assertThat(first).isEqualTo(new MockCredential(Carrier.CNEXPRESS, "alice", "alice-password"));
        assertThat(bob).isEqualTo(new MockCredential(Carrier.CNEXPRESS, "bob", "bob-password"));
        assertThat(cdek).isEqualTo(new MockCredential(Carrier.CDEK, "cdek-main", "cdek-secret-1"));
    }

    @Test
    void a_credential_keeps_its_secret_out_of_test_reports(@Credential(Carrier.CNEXPRESS) MockCredential alice) {
        assertThat(alice.toString()).isEqualTo("MockCredential[cnexpress/alice]").doesNotContain("password");
    }

    @Test
    void every_generated_client_on_the_classpath_is_injected(CnExpressApi cnexpress, TrackingMoreApi trackingmore,
                                                             CjLogisticsApi cj, PackageTrackingApi packageTracking,
                                                             CdekApi cdek) {
        assertThat(cnexpress).isNotNull();
        assertThat(trackingmore).isNotNull();
        assertThat(cj).isNotNull();
        assertThat(packageTracking).isNotNull();
        assertThat(cdek).isNotNull();
    }

    @Test
    void the_generated_client_names_the_extension_knows_are_the_real_ones() throws ClassNotFoundException {
        for (GeneratedClient client : GeneratedClient.values()) {
            assertThat(GeneratedClient.forType(Class.forName(client.apiClassName()))).contains(client);
        }
    }
}
