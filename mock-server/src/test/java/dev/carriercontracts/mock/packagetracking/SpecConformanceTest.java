package dev.carriercontracts.mock.packagetracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.carrier.CarrierContext;
import dev.carriercontracts.mock.carrier.StateMachineDiagram;
import dev.carriercontracts.mock.auth.Credentials;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.config.CarrierSettings;
import dev.carriercontracts.mock.config.MockConfig;
import dev.carriercontracts.mock.http.JsonMapper;
import dev.carriercontracts.mock.packagetracking.shipment.Delay;
import dev.carriercontracts.mock.packagetracking.shipment.Ending;
import dev.carriercontracts.mock.packagetracking.shipment.ShipmentStateMachine;
import dev.carriercontracts.mock.packagetracking.shipment.ShipmentStatus;
import dev.carriercontracts.mock.support.RouteConformance;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The module, its state type and its defaults say what the spec says. */
class SpecConformanceTest {

    private static final Carrier CARRIER = Carrier.PACKAGE_TRACKING;

    private static PackageTrackingModule defaultModule() {
        CarrierSettings settings = MockConfig.defaults().carrier(CARRIER);
        return new PackageTrackingModule(new CarrierContext(CARRIER, settings, new Credentials(CARRIER, settings.credentials()),
                MockClock.virtual(Instant.EPOCH), JsonMapper.create(), 100));
    }

    private static JsonNode spec() throws IOException {
        try (InputStream in = SpecConformanceTest.class.getClassLoader().getResourceAsStream(CARRIER.specResource())) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void every_operation_of_the_spec_is_routed_as_the_spec_declares_it() {
        assertThat(RouteConformance.problems(defaultModule()::routes, CARRIER.specResource())).isEmpty();
    }

    @Test
    void the_diagram_draws_exactly_the_moves_the_state_type_allows() {
        StateMachineDiagram diagram = ShipmentStateMachine.diagram();

        List<String> allowed = new ArrayList<>();
        for (ShipmentStatus from : ShipmentStatus.values()) {
            from.successors().forEach(to -> allowed.add(from.stateName() + " -> " + to.stateName()));
        }
        assertThat(diagram.transitions()).extracting(t -> t.from() + " -> " + t.to()).containsExactlyInAnyOrderElementsOf(allowed);
        assertThat(diagram.finals()).containsExactlyInAnyOrder("Delivered", "Returned");
        assertThat(diagram.initial()).isEqualTo("Collected");
        assertThat(defaultModule().stateMachines()).containsExactly(diagram);
    }

    @Test
    void the_defaults_file_sets_every_delay_to_the_default_the_triggers_name() {
        CarrierSettings defaults = MockConfig.defaults().carrier(CARRIER);

        assertThat(defaults.delays().keySet()).containsExactlyInAnyOrderElementsOf(Arrays.stream(Delay.values()).map(Delay::configKey).toList());
        assertThat(defaults.delays().values()).allSatisfy(delay -> assertThat(delay).isEqualTo(Delay.DEFAULT));
    }

    @Test
    void the_defaults_file_has_the_key_the_consumer_pact_uses_and_a_second_one() {
        CarrierSettings defaults = MockConfig.defaults().carrier(CARRIER);

        assertThat(defaults.credentials()).extracting(c -> c.secret()).containsExactly("pt-test-api-key", "pt-second-api-key");
    }

    @Test
    void the_spec_lists_every_magic_prefix_the_mock_reacts_to() throws IOException {
        List<String> values = new ArrayList<>();
        spec().path("x-mock-magic-values").forEach(magic -> values.add(magic.path("field").asText() + " " + magic.path("value").asText()));

        assertThat(values).anySatisfy(v -> assertThat(v).isEqualTo("expNo starts with NOTFOUND"));
        assertThat(values).anySatisfy(v -> assertThat(v).startsWith("expNo letters followed only by zeros"));
        for (Ending ending : Ending.values()) {
            ending.magicPrefix().ifPresent(prefix -> assertThat(values).contains("expNo starts with " + prefix));
        }
        assertThat(values).anySatisfy(v -> assertThat(v).startsWith("expCode a code the mock does not list"));
        assertThat(values).hasSize(5);
    }

    @Test
    void the_spec_status_enum_is_the_state_types_labels() throws IOException {
        List<String> labels = new ArrayList<>();
        spec().path("components").path("schemas").path("TrackingStatus").path("enum").forEach(label -> labels.add(label.asText()));

        assertThat(labels).containsExactlyElementsOf(Arrays.stream(ShipmentStatus.values()).map(ShipmentStatus::label).toList());
    }
}
