package dev.carriercontracts.mock.trackingmore;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.carrier.CarrierModuleFactory;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.config.ConfigLoader;
import dev.carriercontracts.mock.config.ConfigProblem;
import dev.carriercontracts.mock.config.InvalidConfigException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** TrackingMore's config section: delays and data can be changed, a broken section is refused with where it is broken. */
class SettingsTest {

    private static MockServer build(String yaml) {
        return MockServer.builder().host("127.0.0.1").port(0)
                .config(new ConfigLoader().fromYaml(yaml, "test"))
                .clock(MockClock.virtual(TrackingMoreServer.START))
                .modules(CarrierModuleFactory.of(Carrier.TRACKINGMORE, TrackingMoreModule::new))
                .build();
    }

    @Test
    void configured_delays_replace_the_defaults() {
        try (TrackingMoreServer tm = TrackingMoreServer.start("""
                  trackingmore:
                    delays: {transit: PT1S, pickup: PT1S, delivered: PT1S}
                """.replace("  trackingmore:", "carriers:\n  trackingmore:"))) {
            tm.create("dhl", "A1");
            tm.advance(Duration.ofSeconds(3));

            assertThat(tm.status("dhl", "A1")).isEqualTo("delivered");
        }
    }

    @Test
    void a_carrier_code_added_in_the_config_is_known() {
        try (TrackingMoreServer tm = TrackingMoreServer.start("""
                carriers:
                  trackingmore:
                    couriers:
                      - {code: my-courier, name: My Courier, country: FR, hub: PARIS, transitDays: 3}
                """)) {
            assertThat(tm.create("my-courier", "A1").status()).isEqualTo(201);
            assertThat(tm.create("dhl", "A1").json().path("meta").path("code").asInt()).isEqualTo(4015);
        }
    }

    @Test
    void a_broken_section_is_refused_with_every_problem_and_its_place() {
        assertThatThrownBy(() -> build("""
                carriers:
                  trackingmore:
                    couriers:
                      - {code: a, name: A, country: FRA, transitDays: 0}
                      - {code: a, name: A2, country: FR, transitDays: 3}
                    remoteAreas:
                      - {countries: [JP]}
                    airWaybills:
                      - {number: 172-28891930}
                """)).isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems())
                .extracting(ConfigProblem::path)
                .containsExactlyInAnyOrder("/carriers/trackingmore/couriers/0/country", "/carriers/trackingmore/couriers/0/transitDays",
                        "/carriers/trackingmore/couriers/1/code", "/carriers/trackingmore/remoteAreas/0",
                        "/carriers/trackingmore/airWaybills/0/number"));
    }

    @Test
    void a_section_of_the_wrong_shape_is_refused_not_thrown_as_a_stack_trace() {
        assertThatThrownBy(() -> build("""
                carriers:
                  trackingmore:
                    couriers: {code: a}
                """)).isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems())
                .extracting(ConfigProblem::path).containsExactly("/carriers/trackingmore/couriers"));
    }
}
