package dev.carriercontracts.mock.junit5;

import dev.carriercontracts.client.cnexpress.api.CnExpressApi;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.clock.ClockMode;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.junit5.support.TestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The annotation and the builder configure the same things; a builder-made extension also serves as a handle. */
class ExtensionSettingsTest {

    static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void the_annotation_sets_clock_start_and_config() {
        passes(TestKit.run(Annotated.class), 1);
    }

    @Test
    void the_builder_sets_the_same_and_its_extension_hands_out_the_running_server() {
        passes(TestKit.run(Built.class), 1);
    }

    @Test
    void a_config_file_can_be_given_by_path() {
        passes(TestKit.run(ConfigByPath.class), 1);
    }

    @Test
    void without_a_start_a_virtual_clock_starts_frozen_at_the_configs_start() {
        passes(TestKit.run(StartFromConfig.class), 1);
    }

    @Test
    void a_composed_annotation_carrying_carrier_mock_works_like_it() {
        passes(TestKit.run(Composed.class), 1);
    }

    @Test
    void the_extension_refuses_to_hand_out_a_server_before_it_runs() {
        CarrierMockExtension mock = CarrierMockExtension.builder().build();

        assertThatThrownBy(mock::server).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the mock server is not running yet");
    }

    private static void passes(EngineExecutionResults results, int tests) {
        assertThat(TestKit.failureMessages(results)).isEmpty();
        results.testEvents().assertStatistics(stats -> stats.started(tests).succeeded(tests));
    }

    @CarrierMock(start = "2026-03-01T09:00:00Z", config = "two-accounts-each.yaml")
    static class Annotated {
        @Test
        void test(MockClock clock, @Credential(Carrier.CNEXPRESS) MockCredential account) {
            assertThat(clock.instant()).isEqualTo(START);
            assertThat(clock.mode()).isEqualTo(ClockMode.VIRTUAL);
            assertThat(account.id()).isEqualTo("alice");
        }
    }

    static class Built {
        @RegisterExtension
        static CarrierMockExtension mock = CarrierMockExtension.builder()
                .start(START)
                .configYaml("""
                        server: {journal: {maxEntries: 7}}
                        carriers:
                          cnexpress:
                            credentials: [{id: carol, secret: carol-password}]
                        """)
                .build();

        @Test
        void test(MockServer server, CnExpressApi injected) {
            assertThat(mock.server()).isSameAs(server);
            assertThat(mock.clock().instant()).isEqualTo(START);
            assertThat(mock.journal().capacity()).isEqualTo(7);
            assertThat(mock.faults()).isSameAs(server.faults());
            assertThat(mock.admin()).isSameAs(server.admin());
            assertThat(mock.baseUrl(Carrier.CNEXPRESS)).isEqualTo(server.baseUrl(Carrier.CNEXPRESS));
            assertThat(mock.credential(Carrier.CNEXPRESS)).isEqualTo(new MockCredential(Carrier.CNEXPRESS, "carol", "carol-password"));
            assertThat(mock.client(CnExpressApi.class)).isInstanceOf(CnExpressApi.class).isNotNull();
            assertThatThrownBy(() -> mock.client(String.class)).hasMessageContaining("java.lang.String is not a generated carrier client API");
        }
    }

    @CarrierMock(config = "src/test/resources/two-accounts-each.yaml")
    static class ConfigByPath {
        @Test
        void test(@Credential(Carrier.CDEK) MockCredential account) {
            assertThat(account.id()).isEqualTo("cdek-main");
        }
    }

    static class StartFromConfig {
        @RegisterExtension
        static CarrierMockExtension mock = CarrierMockExtension.builder()
                .configYaml("clock: {mode: system, start: 2027-07-07T07:07:07Z}")
                .build();

        @Test
        void test(MockClock clock) {
            assertThat(clock.mode()).isEqualTo(ClockMode.VIRTUAL);
            assertThat(clock.instant()).isEqualTo(Instant.parse("2027-07-07T07:07:07Z"));
        }
    }

    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @CarrierMock(start = "2026-03-01T09:00:00Z")
    @interface OurCarrierTests {
    }

    @OurCarrierTests
    static class Composed {
        @Test
        void test(MockClock clock) {
            assertThat(clock.instant()).isEqualTo(START);
        }
    }
}
