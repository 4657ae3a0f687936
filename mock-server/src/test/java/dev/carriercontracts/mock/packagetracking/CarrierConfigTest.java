package dev.carriercontracts.mock.packagetracking;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.carrier.CarrierModuleFactory;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.config.ConfigLoader;
import dev.carriercontracts.mock.config.ConfigProblem;
import dev.carriercontracts.mock.config.InvalidConfigException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.carriercontracts.mock.packagetracking.TrackingServers.API_KEY;
import static dev.carriercontracts.mock.packagetracking.TrackingServers.START;
import static dev.carriercontracts.mock.packagetracking.TrackingServers.tracked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The carrier's own config keys: merged over the defaults, and refused with a pointer to each problem. */
class CarrierConfigTest {

    private static MockServer build(String yaml) {
        return MockServer.builder().host("127.0.0.1").port(0)
                .config(new ConfigLoader().fromYaml(yaml, "test config"))
                .clock(MockClock.virtual(START))
                .modules(CarrierModuleFactory.of(TrackingServers.CARRIER, PackageTrackingModule::new))
                .build();
    }

    @Test
    void every_problem_of_the_section_is_reported_with_its_path() {
        assertThatThrownBy(() -> build("""
                carriers:
                  package-tracking:
                    timeZone: Mars/Olympus
                    companies: {shunfeng: "", "a:b": 冒号快递}
                    cities: [上海, 上海, 42]
                    couriers: 王师傅
                """))
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems()).extracting(ConfigProblem::path)
                        .containsExactlyInAnyOrder(
                                "/carriers/package-tracking/timeZone",
                                "/carriers/package-tracking/companies/shunfeng",
                                "/carriers/package-tracking/companies/a:b",
                                "/carriers/package-tracking/cities/2",
                                "/carriers/package-tracking/cities",
                                "/carriers/package-tracking/couriers"));
    }

    @Test
    void a_carrier_added_in_the_config_file_is_served_beside_the_default_ones() {
        try (MockServer server = build("carriers:\n  package-tracking:\n    companies: {sfintl: 顺丰国际}\n").start()) {
            var client = TrackingServers.client(server, API_KEY);

            assertThat(tracked(client, "sfintl", "SFI1").path("statusDesc").asText()).isEqualTo("快件已由顺丰国际揽收");
            assertThat(tracked(client, "shunfeng", "SF1").path("statusDesc").asText()).isEqualTo("快件已由顺丰速运揽收");
        }
    }

    @Test
    void traces_name_only_the_configured_cities_and_couriers() {
        try (MockServer server = build("""
                carriers:
                  package-tracking:
                    cities: [甲城, 乙城, 丙城]
                    couriers: [赵师傅]
                """).start()) {
            var client = TrackingServers.client(server, API_KEY);
            tracked(client, "shunfeng", "SF1");
            server.clock().advance(java.time.Duration.ofMinutes(1));

            JsonNode traces = tracked(client, "shunfeng", "SF1").path("traces");

            List<String> descs = new ArrayList<>();
            traces.forEach(t -> descs.add(t.path("desc").asText()));
            assertThat(String.join("\n", descs).replaceAll("甲城|乙城|丙城", "")).doesNotContain("城").doesNotContain("上海");
            assertThat(descs).anySatisfy(d -> assertThat(d).contains("甲城"))
                    .anySatisfy(d -> assertThat(d).contains("乙城"))
                    .anySatisfy(d -> assertThat(d).contains("丙城"))
                    .anySatisfy(d -> assertThat(d).contains("快递员赵师傅"));
        }
    }

    @Test
    void configured_api_keys_replace_the_default_ones() {
        try (MockServer server = build("carriers:\n  package-tracking:\n    credentials: [{id: ops, secret: ops-key}]\n").start()) {
            assertThat(TrackingServers.query(TrackingServers.client(server, "ops-key"), "shunfeng", "SF1").status()).isEqualTo(200);
            assertThat(TrackingServers.query(TrackingServers.client(server, API_KEY), "shunfeng", "SF1").status()).isEqualTo(401);
        }
    }
}
