package dev.carriercontracts.client.cj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.carriercontracts.client.cj.api.CjLogisticsApi;
import dev.carriercontracts.client.core.CarrierJson;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every example of carrier-specs/cj.yaml, read from the specs jar: each operation's request example goes
 * on the wire exactly as written, each success example decodes into the models without losing a field,
 * and each error example (HTTP 200 with {@code result: false}, 413, 429, 5XX) raises {@link CjException}
 * with the example's code, message and requestId. A new operation or example in the spec is tested here
 * without touching this class.
 */
class CjSpecExamplesTest extends LocalCjPeer {

    private static final ObjectMapper MODELS = CarrierJson.newMapper();
    private static final JsonNode SPEC = readSpec();

    @TestFactory
    Stream<DynamicTest> every_request_example_goes_on_the_wire_as_written() {
        return operations().map(op -> DynamicTest.dynamicTest(op.id(), () -> {
            answer("{\"code\": 200, \"result\": true, \"message\": \"Success\", \"data\": [], \"requestId\": \"r\"}");

            call(op);

            RecordedRequest request = sent();
            assertCall(request, op.method(), op.path());
            if (op.method().equals("GET")) {
                List<String> expected = new ArrayList<>();
                op.requestExample().forEach(value -> expected.add(value.asText()));
                assertThat(request.getRequestUrl().queryParameterValues("trackNumber")).isEqualTo(expected);
            } else {
                assertJsonBody(request, op.requestExample().toString());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_answer_example_decodes_or_raises_cj_exception() {
        return operations().flatMap(op -> op.answers().stream().map(answer ->
                DynamicTest.dynamicTest(op.id() + " " + answer.status() + " " + answer.name(), () -> {
                    MockResponse response = new MockResponse().setResponseCode(answer.status())
                            .setHeader("Content-Type", "application/json").setBody(answer.body().toString());
                    if (answer.retryAfter()) {
                        response.setHeader("Retry-After", "1");
                    }
                    cj.enqueue(response);

                    if (answer.body().path("result").asBoolean()) {
                        assertDecodesWithoutLoss(call(op), answer.body());
                    } else {
                        assertRaises(op, answer);
                    }
                })));
    }

    private void assertDecodesWithoutLoss(Object decoded, JsonNode example) {
        JsonNode roundTrip = MODELS.valueToTree(decoded);
        JsonNode expected = withoutNulls(example);
        assertThat(roundTrip.equals(SAME_VALUE, expected))
                .as("decoded %s%n   is %s", expected, roundTrip).isTrue();
    }

    private void assertRaises(Operation op, Answer answer) {
        try {
            call(op);
            fail("expected a CjException for " + answer.body());
        } catch (CjException e) {
            assertThat(e.status()).isEqualTo(answer.status());
            assertThat(e.code()).hasValue(answer.body().path("code").asInt());
            assertThat(e.carrierMessage()).isEqualTo(answer.body().path("message").asText());
            assertThat(e.requestId()).contains(answer.body().path("requestId").asText());
            assertThat(e.result()).contains(false);
            if (answer.retryAfter()) {
                assertThat(e.retryAfter()).isPresent();
            }
        }
    }

    /** Calls the operation the way an application would: the typed method, with the spec's request example. */
    private Object call(Operation op) {
        Method method = Arrays.stream(CjLogisticsApi.class.getMethods())
                .filter(m -> m.getName().equals(op.id()) && m.getParameterCount() == 1
                        && !Map.class.isAssignableFrom(m.getParameterTypes()[0]))
                .findFirst().orElseThrow(() -> new AssertionError("no method " + op.id() + " in CjLogisticsApi"));
        Object argument = MODELS.convertValue(op.requestExample(), MODELS.constructType(method.getGenericParameterTypes()[0]));
        try {
            return method.invoke(api, argument);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        SPEC.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(verb -> {
            JsonNode operation = verb.getValue();
            operations.add(new Operation(operation.path("operationId").asText(), verb.getKey().toUpperCase(),
                    path.getKey(), requestExample(operation), answers(operation)));
        }));
        assertThat(operations).extracting(Operation::id).containsExactlyInAnyOrder("freightCalculate",
                "freightCalculateTip", "partnerFreightCalculate", "getSupplierLogisticsTemplate", "getTrackInfo", "trackInfo");
        return operations.stream();
    }

    private static JsonNode requestExample(JsonNode operation) {
        JsonNode body = operation.path("requestBody").path("content").path("application/json");
        if (!body.isMissingNode()) {
            return body.path("examples").elements().next().path("value");
        }
        return resolve(operation.path("parameters").get(0)).path("example");
    }

    private static List<Answer> answers(JsonNode operation) {
        List<Answer> answers = new ArrayList<>();
        operation.path("responses").fields().forEachRemaining(entry -> {
            int status = entry.getKey().equals("5XX") ? 503 : Integer.parseInt(entry.getKey());
            JsonNode response = resolve(entry.getValue());
            boolean retryAfter = response.path("headers").has("Retry-After");
            JsonNode content = response.path("content").path("application/json");
            if (content.has("example")) {
                answers.add(new Answer(status, "example", content.get("example"), retryAfter));
            }
            content.path("examples").fields().forEachRemaining(example -> answers.add(
                    new Answer(status, example.getKey(), resolve(example.getValue()).path("value"), retryAfter)));
        });
        return answers;
    }

    private static JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        JsonNode target = SPEC;
        for (String part : node.get("$ref").asText().substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }

    private static JsonNode withoutNulls(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> nulls = new ArrayList<>();
            object.fields().forEachRemaining(field -> {
                if (field.getValue().isNull()) {
                    nulls.add(field.getKey());
                } else {
                    strip(field.getValue());
                }
            });
            object.remove(nulls);
        } else if (node.isArray()) {
            node.forEach(CjSpecExamplesTest::strip);
        }
    }

    private static JsonNode readSpec() {
        try (InputStream in = CjSpecExamplesTest.class.getClassLoader().getResourceAsStream("carrier-specs/cj.yaml")) {
            assertThat(in).as("carrier-specs/cj.yaml on the test classpath").isNotNull();
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Operation(String id, String method, String path, JsonNode requestExample, List<Answer> answers) {
    }

    private record Answer(int status, String name, JsonNode body, boolean retryAfter) {
    }
}
