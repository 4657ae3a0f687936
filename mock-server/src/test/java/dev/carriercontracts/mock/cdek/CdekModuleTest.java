package dev.carriercontracts.mock.cdek;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.carrier.CarrierModuleFactory;
import dev.carriercontracts.mock.carrier.CarrierModule;
import dev.carriercontracts.mock.carrier.StateMachineDiagram;
import dev.carriercontracts.mock.config.ConfigLoader;
import dev.carriercontracts.mock.config.ConfigProblem;
import dev.carriercontracts.mock.config.InvalidConfigException;
import dev.carriercontracts.mock.faults.Fault;
import dev.carriercontracts.mock.faults.FaultRule;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.RouteConformance;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The module as a whole: its routes are the spec's operations, its config is checked, its failures answer in CDEK's shape. */
class CdekModuleTest {

    @Test
    void every_operation_of_the_spec_is_routed_and_nothing_else() {
        try (CdekServer cdek = CdekServer.start()) {
            CarrierModule module = cdek.server.module(Carrier.CDEK).orElseThrow();

            assertThat(RouteConformance.problems(module::routes, module.specResource())).isEmpty();
        }
    }

    @Test
    void the_state_machines_are_read_from_the_state_types() {
        try (CdekServer cdek = CdekServer.start()) {
            var machines = cdek.server.module(Carrier.CDEK).orElseThrow().stateMachines();

            assertThat(machines).extracting(StateMachineDiagram::kind).containsExactly("request", "order");
            assertThat(machines.get(0).finals()).containsExactly("SUCCESSFUL", "INVALID");
            assertThat(machines.get(1).finals()).containsExactlyInAnyOrder("REMOVED", "DELIVERED", "NOT_DELIVERED", "INVALID");
            assertThat(machines.get(1).transitions()).hasSize(26);
        }
    }

    @Test
    void a_bad_cdek_section_is_refused_with_every_problem_and_where_it_is() {
        String yaml = """
                carriers:
                  cdek:
                    delays: {step: P400D}
                    timeZone: Mars/Olympus
                    tariffs: [{code: 0, maxWeightGrams: 10}, {code: 136, maxWeightGrams: 10}, {code: 136, maxWeightGrams: 10}]
                    cities: [{code: 1, countryCode: Russia}]
                """;
        var config = new ConfigLoader().fromYaml(yaml, "test config");

        assertThatThrownBy(() -> MockServer.builder().config(config)
                .modules(CarrierModuleFactory.of(Carrier.CDEK, CdekModule::new)).build())
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems()).extracting(ConfigProblem::path)
                        .containsExactlyInAnyOrder("/carriers/cdek/delays/step", "/carriers/cdek/timeZone",
                                "/carriers/cdek/tariffs/0/code", "/carriers/cdek/tariffs/2/code",
                                "/carriers/cdek/cities/0/city", "/carriers/cdek/cities/0/countryCode"));
    }

    @Test
    void the_defaults_file_passes_the_config_schema_as_a_users_file_would() throws IOException {
        String defaults;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("carrier-defaults/cdek.yaml")) {
            defaults = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String asUserFile = "carriers:\n  cdek:\n" + defaults.lines().map(line -> "    " + line).collect(Collectors.joining("\n"));

        var cdek = new ConfigLoader().fromYaml(asUserFile, "cdek defaults").carrier(Carrier.CDEK);

        assertThat(cdek.credentials()).hasSize(2);
        assertThat(cdek.delay("step", Duration.ZERO)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void the_time_zone_of_the_timestamps_is_configurable() {
        try (CdekServer cdek = CdekServer.start("carriers: {cdek: {timeZone: \"+03:00\"}}\n")) {
            HttpResult answer = cdek.client().post("/orders").json(Orders.VALID).send();

            assertThat(answer.json().path("requests").get(0).path("date_time").asText()).isEqualTo("2026-03-02T11:00:00+0300");
        }
    }

    @Test
    void a_rate_limited_order_call_answers_429_in_cdeks_shape_with_retry_after() {
        try (CdekServer cdek = CdekServer.start()) {
            cdek.server.faults().add(FaultRule.nextCalls(Carrier.CDEK, "createOrder", new Fault.RateLimit(Duration.ofSeconds(2)), 1));

            HttpResult answer = cdek.client().post("/orders").json(Orders.VALID).send();

            assertThat(answer.status()).isEqualTo(429);
            assertThat(answer.header("Retry-After")).hasValue("2");
            assertThat(answer.json().path("requests").get(0).path("type").asText()).isEqualTo("CREATE");
            assertThat(answer.json().path("requests").get(0).path("errors").get(0).path("code").asText()).isEqualTo("v2_too_many_requests");
        }
    }

    @Test
    void an_injected_server_error_on_an_order_read_answers_v2_internal_error() {
        try (CdekServer cdek = CdekServer.start()) {
            cdek.server.faults().add(FaultRule.nextCalls(Carrier.CDEK, "getOrder", new Fault.ErrorStatus(503), 1));

            HttpResult answer = cdek.client().get("/orders/72753033-0000-4000-8000-000000000000").send();

            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.json().path("requests").get(0).path("type").asText()).isEqualTo("GET");
            assertThat(answer.json().path("requests").get(0).path("errors").get(0).path("code").asText()).isEqualTo("v2_internal_error");
        }
    }
}
