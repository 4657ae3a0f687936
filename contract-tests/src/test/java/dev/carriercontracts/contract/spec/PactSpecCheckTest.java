package dev.carriercontracts.contract.spec;

import au.com.dius.pact.core.model.Consumer;
import au.com.dius.pact.core.model.HttpRequest;
import au.com.dius.pact.core.model.HttpResponse;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.Provider;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.support.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the pacts-against-specs check can fail: hand-made CNExpress interactions that the spec does not allow
 * (a mistyped field, an unknown path, a malformed request body, a missing operation) are reported, each problem
 * naming the pact, the interaction and what is wrong; an interaction the spec allows is not.
 */
class PactSpecCheckTest {

    private static final String PACT = "hand-made-cnexpress.json";
    private static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
            .encodeToString("my_username:my_password".getBytes(StandardCharsets.UTF_8));

    /** The spec parsed and its validator built once for the class: the check keeps no state between pacts. */
    private static final PactSpecCheck CHECK = new PactSpecCheck(CarrierSpec.forProvider("cnexpress"));

    @Test
    void an_interaction_the_spec_allows_passes() {
        List<SpecProblem> problems = validationProblems(account("{\"username\": \"my_username\", \"credit\": 1046.0, \"currency\": \"GBP\"}"));

        assertThat(problems).isEmpty();
    }

    @Test
    void a_response_field_of_the_wrong_type_fails_naming_pact_interaction_and_field() {
        List<SpecProblem> problems = validationProblems(account("{\"username\": \"my_username\", \"credit\": \"lots\", \"currency\": \"GBP\"}"));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.pact()).isEqualTo(PACT);
            assertThat(problem.interaction()).isEqualTo("a request for the account");
            assertThat(problem.problem()).contains("GET /cnexpress/api/v1/account -> 200").contains("/credit");
        });
    }

    @Test
    void a_response_missing_a_required_field_fails() {
        List<SpecProblem> problems = validationProblems(account("{\"username\": \"my_username\", \"credit\": 1046.0}"));

        assertThat(problems).singleElement().extracting(SpecProblem::problem).asString().contains("currency");
    }

    @Test
    void a_response_field_the_spec_does_not_declare_fails() {
        List<SpecProblem> problems = validationProblems(account(
                "{\"username\": \"my_username\", \"credit\": 1046.0, \"currency\": \"GBP\", \"loyalty_points\": 12}"));

        assertThat(problems).singleElement().extracting(SpecProblem::problem).asString().contains("loyalty_points");
    }

    @Test
    void a_request_to_a_path_the_spec_does_not_have_fails() {
        V4Interaction.SynchronousHttp unknownPath = interaction("a request for the invoices",
                get("/cnexpress/api/v1/invoices"), json(200, "[]"));

        assertThat(validationProblems(unknownPath)).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.interaction()).isEqualTo("a request for the invoices"))
                .anySatisfy(problem -> assertThat(problem.problem()).contains("/invoices"));
    }

    @Test
    void a_status_the_operation_does_not_document_fails() {
        V4Interaction.SynchronousHttp teapot = interaction("a request for the account", get("/cnexpress/api/v1/account"),
                json(418, "{\"detail\": \"I'm a teapot\"}"));

        assertThat(validationProblems(teapot)).singleElement().extracting(SpecProblem::problem).asString().contains("418");
    }

    @Test
    void a_request_body_the_spec_does_not_allow_fails() {
        HttpRequest weightAsNumber = post("/cnexpress/api/v1/requests", "{\"packages\": [{\"weight\": 4.0}]}");

        List<SpecProblem> problems = validationProblems(interaction("an order request", weightAsNumber, json(400, "{\"detail\": \"Invalid\"}")));

        assertThat(problems).isNotEmpty().anySatisfy(problem -> assertThat(problem.problem()).contains("validation.request.body"));
    }

    @Test
    void a_request_marked_as_breaking_the_spec_on_purpose_may_break_it() {
        V4Interaction.SynchronousHttp marked = interaction("an order request without packages",
                post("/cnexpress/api/v1/requests", "{}"), json(400, "{\"packages\": [\"This field is required.\"]}"));
        marked.getComments().put("text", new JsonValue.Array(new ArrayList<>(List.of(
                new JsonValue.StringValue(DeliberateSpecViolation.comment("packages is required"))))));

        assertThat(validationProblems(marked)).isEmpty();
    }

    @Test
    void a_request_marked_as_breaking_the_spec_that_does_not_break_it_fails() {
        V4Interaction.SynchronousHttp marked = interaction("a request for the account",
                get("/cnexpress/api/v1/account"), json(200, "{\"username\": \"u\", \"credit\": 1, \"currency\": \"GBP\"}"));
        marked.getComments().put("text", new JsonValue.Array(new ArrayList<>(List.of(
                new JsonValue.StringValue(DeliberateSpecViolation.comment("nothing, in fact"))))));

        assertThat(validationProblems(marked)).singleElement().extracting(SpecProblem::problem).asString()
                .contains("the spec allows its request");
    }

    @Test
    void a_pact_leaving_out_operations_fails_the_coverage_check() {
        List<SpecProblem> problems = CHECK.check(PACT, pact(account("{\"username\": \"u\", \"credit\": 1, \"currency\": \"GBP\"}")));

        assertThat(problems).allSatisfy(problem -> assertThat(problem.interaction()).isEqualTo(SpecProblem.WHOLE_PACT))
                .anySatisfy(problem -> assertThat(problem.problem()).contains("createRequest (POST /requests)"))
                .noneSatisfy(problem -> assertThat(problem.problem()).contains("getAccount"));
    }

    @Test
    void a_path_with_two_parameters_in_one_segment_counts_for_its_operation() {
        List<SpecProblem> problems = CHECK.check(PACT, pact(interaction("a waybill",
                get("/cnexpress/api/v1/waybills/CE20170723000000002-TEST000000001"), json(404, "{\"detail\": \"Not found.\"}"))));

        assertThat(problems).noneSatisfy(problem -> assertThat(problem.problem()).contains("getPackageWaybill"))
                .anySatisfy(problem -> assertThat(problem.problem()).contains("getRequestWaybills"));
    }

    /** The problems of the interaction itself, leaving out the coverage of the (one-interaction) pact. */
    private List<SpecProblem> validationProblems(V4Interaction.SynchronousHttp interaction) {
        return CHECK.check(PACT, pact(interaction)).stream()
                .filter(problem -> !problem.interaction().equals(SpecProblem.WHOLE_PACT))
                .toList();
    }

    private static V4Interaction.SynchronousHttp account(String body) {
        return interaction("a request for the account", get("/cnexpress/api/v1/account"), json(200, body));
    }

    private static V4Pact pact(Interaction... interactions) {
        return new V4Pact(new Consumer("hand-made-consumer"), new Provider("cnexpress"), new ArrayList<>(List.of(interactions)));
    }

    private static V4Interaction.SynchronousHttp interaction(String description, HttpRequest request, HttpResponse response) {
        return new V4Interaction.SynchronousHttp("", description, List.of(), request, response);
    }

    private static HttpRequest get(String path) {
        return new HttpRequest("GET", path, Map.of(), Map.of("Authorization", List.of(AUTHORIZATION)));
    }

    private static HttpRequest post(String path, String json) {
        return new HttpRequest("POST", path, Map.of(),
                Map.of("Authorization", List.of(AUTHORIZATION), "Content-Type", List.of("application/json")),
                OptionalBody.body(json.getBytes(StandardCharsets.UTF_8), au.com.dius.pact.core.model.ContentType.Companion.getJSON()));
    }

    private static HttpResponse json(int status, String body) {
        return new HttpResponse(status, Map.of("Content-Type", List.of("application/json")),
                OptionalBody.body(body.getBytes(StandardCharsets.UTF_8), au.com.dius.pact.core.model.ContentType.Companion.getJSON()));
    }
}
