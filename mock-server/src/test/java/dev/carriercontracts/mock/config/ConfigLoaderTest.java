package dev.carriercontracts.mock.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.clock.ClockMode;
import dev.carriercontracts.mock.faults.Fault;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The YAML config: defaults merged with the user's file, checked against its JSON Schema. */
class ConfigLoaderTest {

    private final ConfigLoader loader = new ConfigLoader();

    private InvalidConfigException invalid(String yaml) {
        return (InvalidConfigException) assertThatThrownBy(() -> loader.fromYaml(yaml, "mock.yaml"))
                .isInstanceOf(InvalidConfigException.class).actual();
    }

    @Test
    void the_defaults_are_usable_as_they_are() {
        MockConfig defaults = loader.defaults();

        assertThat(defaults.server().port()).isEqualTo(8080);
        assertThat(defaults.server().host()).isEqualTo("0.0.0.0");
        assertThat(defaults.server().maxBodyBytes()).isEqualTo(1_048_576);
        assertThat(defaults.server().journal().maxEntries()).isEqualTo(10_000);
        assertThat(defaults.clock().mode()).isEqualTo(ClockMode.SYSTEM);
    }

    @Test
    void the_defaults_file_itself_passes_the_schema() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ConfigLoader.DEFAULTS)) {
            String yaml = new String(in.readAllBytes());
            assertThat(new ConfigSchema().check(new ObjectMapper(new YAMLFactory()).readTree(yaml))).isEmpty();
        }
    }

    @Test
    void a_users_file_is_merged_over_the_defaults() {
        MockConfig config = loader.fromYaml("""
                server:
                  port: 9090
                  journal:
                    maxEntries: 50
                clock:
                  mode: virtual
                  start: 2026-02-03T04:05:06Z
                carriers:
                  cnexpress:
                    credentials:
                      - id: my_username
                        secret: my_password
                        attributes: {test_mode: true, credit: 1046.0}
                    delays:
                      waiting: PT2S
                    faults:
                      - operationId: createRequest
                        type: error
                        status: 503
                        times: 2
                    catalogue:
                      products: [{barcode: "123"}]
                """, "mock.yaml");

        assertThat(config.server().port()).isEqualTo(9090);
        assertThat(config.server().host()).as("kept from the defaults").isEqualTo("0.0.0.0");
        assertThat(config.server().journal().maxEntries()).isEqualTo(50);
        assertThat(config.server().journal().maxBodyChars()).as("kept from the defaults").isEqualTo(16_384);
        assertThat(config.clock().start()).isEqualTo(Instant.parse("2026-02-03T04:05:06Z"));
        CarrierSettings cnexpress = config.carrier(Carrier.CNEXPRESS);
        assertThat(cnexpress.credentials().get(0).attributes().get("credit").asDouble()).isEqualTo(1046.0);
        assertThat(cnexpress.delay("waiting", Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
        assertThat(cnexpress.faults().get(0).fault()).isEqualTo(new Fault.ErrorStatus(503));
        assertThat(cnexpress.faults().get(0).carrier()).isEqualTo(Carrier.CNEXPRESS);
        assertThat(cnexpress.subsection("catalogue").orElseThrow().path("products").get(0).path("barcode").asText()).isEqualTo("123");
        assertThat(config.carrier(Carrier.CDEK)).as("kept from the defaults").isEqualTo(loader.defaults().carrier(Carrier.CDEK));
    }

    @Test
    void every_schema_problem_is_reported_with_its_path() {
        InvalidConfigException e = invalid("""
                server:
                  port: eighty
                  colour: blue
                clock:
                  mode: sundial
                carriers:
                  dhl: {}
                  cdek:
                    credentials:
                      - id: client
                    delays:
                      token: one hour
                """);

        assertThat(e.problems()).extracting(ConfigProblem::path)
                .contains("/server/port", "/server/colour", "/clock/mode", "/carriers/cdek/credentials/0/secret", "/carriers/cdek/delays/token");
        assertThat(e.problems().toString()).contains("dhl");
        assertThat(e.getMessage()).startsWith("Invalid mock-server config mock.yaml:").contains("/server/port: ");
    }

    @Test
    void a_negative_delay_is_refused_for_every_carrier() {
        InvalidConfigException e = invalid("""
                carriers:
                  cj:
                    delays:
                      transit: -PT1H
                  trackingmore:
                    delays:
                      transit: -PT5S
                  package-tracking:
                    delays:
                      transfer: -PT1S
                  cnexpress:
                    delays:
                      waiting: PT1S
                """);

        assertThat(e.problems()).extracting(ConfigProblem::path)
                .containsExactlyInAnyOrder("/carriers/cj/delays/transit", "/carriers/trackingmore/delays/transit",
                        "/carriers/package-tracking/delays/transfer");
        assertThat(e.problems()).extracting(ConfigProblem::message).allMatch(m -> m.startsWith("a delay cannot be negative"));
    }

    @Test
    void a_yaml_syntax_error_says_where() {
        InvalidConfigException e = invalid("server:\n  port: [8080\n");

        assertThat(e.problems().get(0).message()).contains("not valid YAML").contains("line");
    }

    @Test
    void a_bad_fault_rule_is_reported_at_its_field() {
        InvalidConfigException e = invalid("""
                carriers:
                  cj:
                    faults:
                      - type: latency
                        minDelay: PT3S
                        maxDelay: PT1S
                """);

        assertThat(e.problems()).extracting(ConfigProblem::path).containsExactly("/carriers/cj/faults/0/maxDelay");
    }

    @Test
    void an_empty_file_means_the_defaults() {
        assertThat(loader.fromYaml("", "empty.yaml")).isEqualTo(loader.defaults());
    }

    @Test
    void a_missing_file_is_a_clear_error() {
        assertThatThrownBy(() -> loader.load(java.nio.file.Path.of("/no/such/mock.yaml")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("cannot read the file");
    }
}
