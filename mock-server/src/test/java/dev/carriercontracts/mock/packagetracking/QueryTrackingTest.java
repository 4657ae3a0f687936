package dev.carriercontracts.mock.packagetracking;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.HttpResult;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.carriercontracts.mock.packagetracking.TrackingServers.API_KEY;
import static dev.carriercontracts.mock.packagetracking.TrackingServers.START;
import static dev.carriercontracts.mock.packagetracking.TrackingServers.tracked;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /query}: what a query answers, from the first query on. */
class QueryTrackingTest {

    /** The document's request example, exactly as the document prints it. */
    private static final String SEED_REQUEST = """
            {
            "expCode": "shunfeng",
            "expNo": "SF1234567890"
            }""";

    static MockServer server;
    static SpecCheckedClient client;

    @BeforeAll
    static void start() {
        server = TrackingServers.started("");
        client = TrackingServers.client(server, API_KEY);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.admin().resetAll();
        server.clock().freezeAt(START);
    }

    @Test
    void a_first_query_finds_the_shipment_just_collected_with_one_trace() {
        HttpResult answer = TrackingServers.query(client, "shunfeng", "SF1234567890");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode json = answer.json();
        assertThat(json.path("code").asText()).isEqualTo("SUCCESS");
        assertThat(json.path("message").asText()).isEqualTo("success");
        JsonNode data = json.path("data");
        assertThat(data.path("status").asText()).isEqualTo("已揽收");
        assertThat(data.path("statusDesc").asText()).isEqualTo("快件已由顺丰速运揽收");
        assertThat(data.path("traces")).hasSize(1);
        assertThat(data.path("traces").get(0).path("time").asText()).isEqualTo("2026-01-01 08:00:00");
        assertThat(data.path("traces").get(0).path("desc").asText()).matches("【.+营业点】顺丰速运 已收取快件");
    }

    @Test
    void the_documents_request_example_as_printed_gets_the_documents_answer_shape_and_values() {
        HttpResult first = client.post("/query").json(SEED_REQUEST).send();

        assertThat(first.status()).isEqualTo(200);
        assertShape(first.json());

        server.clock().advance(Duration.ofMinutes(1)); // past the whole default journey (3 s)
        JsonNode delivered = client.post("/query").json(SEED_REQUEST).send().json();

        assertShape(delivered);
        assertThat(delivered.path("code").asText()).isEqualTo("SUCCESS");
        assertThat(delivered.path("message").asText()).isEqualTo("success");
        assertThat(delivered.path("data").path("status").asText()).isEqualTo("已签收");
        assertThat(delivered.path("data").path("statusDesc").asText()).isEqualTo("快件已签收");
        assertThat(delivered.path("data").path("traces").get(0).path("desc").asText()).isEqualTo("已签收");
        assertThat(delivered.path("data").path("traces").get(0).path("time").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    }

    /** The document's response example has exactly these fields. */
    private static void assertShape(JsonNode answer) {
        assertThat(fields(answer)).containsExactly("code", "message", "data");
        assertThat(fields(answer.path("data"))).containsExactly("status", "statusDesc", "traces");
        assertThat(answer.path("data").path("traces")).isNotEmpty()
                .allSatisfy(trace -> assertThat(fields(trace)).containsExactly("time", "desc"));
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void later_queries_tell_the_same_story_and_add_to_it() {
        JsonNode first = tracked(client, "yuantong", "YT9876543210");
        server.clock().advance(Duration.ofSeconds(1));
        JsonNode later = tracked(client, "yuantong", "YT9876543210");

        JsonNode laterTraces = later.path("traces");
        assertThat(laterTraces.size()).isGreaterThan(first.path("traces").size());
        assertThat(laterTraces.get(laterTraces.size() - 1)).as("the oldest trace is the first query's").isEqualTo(first.path("traces").get(0));
        assertThat(tracked(client, "yuantong", "YT9876543210")).as("a repeated query changes nothing").isEqualTo(later);
    }

    @Test
    void the_same_number_at_another_carrier_is_another_shipment() {
        tracked(client, "shunfeng", "123456789012");
        server.clock().advance(Duration.ofHours(1));

        JsonNode other = tracked(client, "zhongtong", "123456789012");

        assertThat(other.path("status").asText()).isEqualTo("已揽收");
        assertThat(other.path("traces").get(0).path("desc").asText()).contains("中通快递");
        assertThat(server.admin().entities(TrackingServers.CARRIER)).extracting(e -> e.id())
                .containsExactly("shunfeng:123456789012", "zhongtong:123456789012");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"shunfeng, 顺丰速运", "yuantong, 圆通速递", "zhongtong, 中通快递", "shentong, 申通快递", "yunda, 韵达快递",
            "jd, 京东物流", "ems, EMS", "youzhengguonei, 中国邮政", "debangwuliu, 德邦快递", "jtexpress, 极兔速递"})
    void every_carrier_code_the_spec_lists_is_served_under_its_company_name(String expCode, String company) {
        JsonNode data = tracked(client, expCode, "NO12345");

        assertThat(data.path("statusDesc").asText()).isEqualTo("快件已由" + company + "揽收");
    }

    @Test
    void fields_the_spec_does_not_name_are_ignored() {
        // the spec does not forbid them; the reference validator flags undeclared fields by default, hence "invalid"
        HttpResult answer = client.post("/query").json("{\"expCode\": \"shunfeng\", \"expNo\": \"SF1\", \"phone\": \"5678\"}")
                .expectInvalidRequest().send();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("data").path("status").asText()).isEqualTo("已揽收");
    }

    @Test
    void trace_times_are_in_the_configured_time_zone() {
        try (MockServer utc = TrackingServers.started("carriers:\n  package-tracking:\n    timeZone: UTC\n")) {
            JsonNode data = tracked(TrackingServers.client(utc, API_KEY), "shunfeng", "SF1234567890");

            assertThat(data.path("traces").get(0).path("time").asText()).isEqualTo("2026-01-01 00:00:00");
        }
    }
}
