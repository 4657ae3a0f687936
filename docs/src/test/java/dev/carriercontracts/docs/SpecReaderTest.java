package dev.carriercontracts.docs;

import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpecReaderTest {

    private static final SpecSource REAL = SpecSource.carrierSpecs();
    /** A classpath folder with one tiny spec, {@code cnexpress.yaml}, to put before the real ones. */

    private static CarrierSpec spec(String yaml) {
        return SpecReader.read("test", """
                openapi: 3.0.3
                info: {title: Test, version: '1'}
                paths: {}
                """ + yaml);
    }

    @Test
    void a_carrier_spec_gives_its_title_servers_auth_and_operations() {
        CarrierSpec cnexpress = SpecReader.read("cnexpress", REAL.read("cnexpress"));

        assertThat(cnexpress.title()).isEqualTo("CNExpress ordering API");
        assertThat(cnexpress.summary()).startsWith("CNExpress (<https://cnexpress.co.uk>) is a UK parcel carrier")
                .doesNotContain("\n\n");
        assertThat(cnexpress.realServers()).extracting(Server::url).containsExactly("https://cnexpress.co.uk/api/v1");
        assertThat(cnexpress.mockServer()).map(Server::url).hasValue("http://localhost:8080/cnexpress/api/v1");
        assertThat(cnexpress.auth()).extracting(AuthScheme::summary).containsExactly("HTTP Basic");
        assertThat(cnexpress.operations()).hasSize(12)
                .contains(new Operation("POST", "/requests", "createRequest", "Submit an order request for one or more packages"));
    }

    @Test
    void a_summary_announcing_a_list_keeps_the_list() {
        CarrierSpec spec = SpecReader.read("test", """
                openapi: 3.0.3
                info:
                  title: Test
                  version: '1'
                  description: |
                    It lets you:

                    - reset;
                    - move the clock.

                    **Auth.** None.
                paths: {}
                """);

        assertThat(spec.summary()).isEqualTo("It lets you:\n\n- reset;\n- move the clock.");
    }

    @Test
    void every_kind_of_auth_is_summed_up_in_a_few_words() {
        assertThat(SpecReader.read("trackingmore", REAL.read("trackingmore")).auth()).extracting(AuthScheme::summary)
                .containsExactly("API key in the header `Trackingmore-Api-Key`");
        assertThat(SpecReader.read("cdek", REAL.read("cdek")).auth()).extracting(AuthScheme::summary)
                .containsExactly("OAuth 2.0 client credentials (token from `https://api.cdek.ru/v2/oauth/token`), then a Bearer token");
        assertThat(SpecReader.read("mock-admin", REAL.read("mock-admin")).auth()).isEmpty();
    }

    @Test
    void a_spec_without_the_extensions_has_no_state_machines_and_no_magic_values() {
        CarrierSpec spec = spec("");

        assertThat(spec.stateMachines()).isEmpty();
        assertThat(spec.magicValues()).isEmpty();
    }

    @Test
    void state_machines_and_magic_values_are_read_from_the_root_extensions() {
        CarrierSpec cdek = SpecReader.read("cdek", REAL.read("cdek"));

        assertThat(cdek.stateMachines()).extracting(StateMachine::name)
                .containsExactly("CDEK order registration (CREATE request)", "CDEK order");
        StateMachine request = cdek.stateMachines().get(0);
        assertThat(request.kind()).isEqualTo("request");
        assertThat(request.initial()).isEqualTo("ACCEPTED");
        assertThat(request.finals()).containsExactly("SUCCESSFUL", "INVALID");
        assertThat(request.transitions()).contains(new StateMachine.Transition("WAITING", "SUCCESSFUL",
                "after delays.processing (default PT1S), when the order breaks no rule"));
        assertThat(request.states()).containsExactly("ACCEPTED", "WAITING", "SUCCESSFUL", "INVALID");
        assertThat(cdek.magicValues()).contains(new MagicValue("number", "DELIVERED-20, optionally followed by -<anything>",
                "The order ends DELIVERED with reason_code 20 (partial delivery)."));
    }

    @Test
    void a_state_machine_without_its_initial_state_is_refused_with_where_it_is() {
        assertThatThrownBy(() -> spec("""
                x-state-machines:
                  - name: Parcel
                    finals: [Delivered]
                    transitions: [{from: Created, to: Delivered, trigger: later}]
                """)).hasMessage("test: x-state-machines[0] has no initial");
    }

    @Test
    void a_transition_without_its_target_is_refused() {
        assertThatThrownBy(() -> spec("""
                x-state-machines:
                  - {name: Parcel, initial: Created, transitions: [{from: Created, trigger: later}]}
                """)).hasMessage("test: x-state-machines[0] has no to");
    }

    @Test
    void a_magic_value_without_its_effect_is_refused() {
        assertThatThrownBy(() -> spec("""
                x-mock-magic-values:
                  - {field: order_no, value: FAIL}
                """)).hasMessage("test: x-mock-magic-values[0] has no effect");
    }

    @Test
    void a_document_that_is_not_openapi_is_refused() {
        assertThatThrownBy(() -> SpecReader.read("notes", "title: my notes\n"))
                .hasMessage("spec notes is not an OpenAPI document");
    }

    @Test
    void the_carrier_specs_jar_gives_each_spec_by_id() {
        assertThat(SpecReader.read("cdek", REAL.read("cdek")).title()).containsIgnoringCase("CDEK");
    }

    @Test
    void a_missing_spec_names_where_it_was_looked_for() {
        assertThatThrownBy(() -> REAL.read("dhl"))
                .hasMessage("no spec dhl.yaml in carrier-specs/ on the classpath");
    }
}
