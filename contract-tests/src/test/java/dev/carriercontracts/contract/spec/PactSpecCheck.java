package dev.carriercontracts.contract.spec;

import au.com.dius.pact.core.model.HttpRequest;
import au.com.dius.pact.core.model.HttpResponse;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.V4Interaction;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a pact against its carrier's spec: every interaction's request and response, as the pact file holds
 * them (the example values; matchers and generators only say how the real values may differ), through
 * Atlassian's OpenApiInteractionValidator, and that the interactions cover every operation of the spec.
 */
final class PactSpecCheck {

    private static final String REQUEST_PROBLEM = "validation.request";

    private final CarrierSpec spec;

    PactSpecCheck(CarrierSpec spec) {
        this.spec = spec;
    }

    /** Every problem of the pact; empty when the spec allows all of it and it covers the whole spec. */
    List<SpecProblem> check(String pactName, Pact pact) {
        List<SpecProblem> problems = new ArrayList<>();
        Set<SpecOperation> covered = new LinkedHashSet<>();
        for (Interaction interaction : pact.getInteractions()) {
            if (!(interaction instanceof V4Interaction.SynchronousHttp http)) {
                problems.add(new SpecProblem(pactName, interaction.getDescription(),
                        "not a synchronous HTTP interaction; the specs only describe HTTP"));
                continue;
            }
            spec.operationFor(http.getRequest().getMethod(), http.getRequest().getPath()).ifPresent(covered::add);
            validate(http).forEach(problem -> problems.add(new SpecProblem(pactName, http.getDescription(), call(http) + problem)));
        }
        spec.operations().stream()
                .filter(operation -> !covered.contains(operation))
                .forEach(operation -> problems.add(new SpecProblem(pactName, SpecProblem.WHOLE_PACT,
                        "no interaction covers operation " + operation + " of carrier-specs/" + spec.provider() + ".yaml")));
        return problems;
    }

    private List<String> validate(V4Interaction.SynchronousHttp http) {
        ValidationReport report = spec.validator().validate(request(http.getRequest()), response(http.getResponse()));
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .toList();
        List<String> problems = new ArrayList<>();
        boolean deliberate = DeliberateSpecViolation.isMarked(http);
        boolean requestRefused = errors.stream().anyMatch(PactSpecCheck::isAboutRequest);
        if (deliberate && !requestRefused) {
            problems.add("is marked as breaking the spec on purpose, but the spec allows its request");
        }
        errors.stream()
                .filter(message -> !(deliberate && isAboutRequest(message)))
                .map(PactSpecCheck::describe)
                .forEach(problems::add);
        return problems;
    }

    private static boolean isAboutRequest(ValidationReport.Message message) {
        return message.getKey().startsWith(REQUEST_PROBLEM);
    }

    private static Request request(HttpRequest pact) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(pact.getMethod(), pact.getPath());
        pact.getQuery().forEach(request::withQueryParam);
        pact.getHeaders().forEach(request::withHeader);
        OptionalBody body = pact.getBody();
        if (body.isPresent()) {
            request.withBody(body.valueAsString());
        }
        return request.build();
    }

    private static Response response(HttpResponse pact) {
        SimpleResponse.Builder response = new SimpleResponse.Builder(pact.getStatus());
        pact.getHeaders().forEach(response::withHeader);
        OptionalBody body = pact.getBody();
        if (body.isPresent()) {
            if (isText(body)) {
                response.withBody(new String(body.getValue(), StandardCharsets.UTF_8));
            } else {
                response.withBody(body.getValue());
            }
        }
        return response.build();
    }

    private static boolean isText(OptionalBody body) {
        return body.getContentType().isJson() || body.getContentType().isText();
    }

    private static String call(V4Interaction.SynchronousHttp http) {
        return "[" + http.getRequest().getMethod() + " " + http.getRequest().getPath()
                + " -> " + http.getResponse().getStatus() + "] ";
    }

    /** The validator's key and message, with the details of composite failures (allOf, oneOf...). */
    private static String describe(ValidationReport.Message message) {
        List<String> details = !message.getAdditionalInfo().isEmpty() ? message.getAdditionalInfo()
                : message.getNestedMessages().stream().map(ValidationReport.Message::getMessage).toList();
        return message.getKey() + ": " + message.getMessage() + (details.isEmpty() ? "" : " (" + String.join("; ", details) + ")");
    }
}
