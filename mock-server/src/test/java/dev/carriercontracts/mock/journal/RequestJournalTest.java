package dev.carriercontracts.mock.journal;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.http.JsonMapper;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import dev.carriercontracts.mock.support.TestServers;
import dev.carriercontracts.mock.testcarrier.AuthStyle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static dev.carriercontracts.mock.support.TestServers.CARRIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every carrier request is recorded, secrets masked, in a bounded journal that can be queried and verified. */
class RequestJournalTest {

    static MockServer server;
    static SpecCheckedClient alice;

    @BeforeAll
    static void start() {
        server = TestServers.started(AuthStyle.BASIC, "server:\n  journal:\n    maxBodyChars: 64\n");
        alice = TestServers.alice(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.admin().resetAll();
        server.clock().freezeAt(TestServers.START);
    }

    @Test
    void a_request_is_recorded_with_what_was_asked_and_answered() {
        alice.post("/parcels").query("dry_run", "no").json("{\"reference\": \"R1\", \"weight_grams\": 7}").expectInvalidRequest().send();

        JournalEntry entry = server.journal().all().get(0);
        assertThat(entry.at()).isEqualTo(TestServers.START);
        assertThat(entry.carrier()).isEqualTo(CARRIER);
        assertThat(entry.credentialId()).isEqualTo("alice");
        assertThat(entry.operationId()).isEqualTo("createParcel");
        assertThat(entry.method()).isEqualTo("POST");
        assertThat(entry.path()).isEqualTo("/package-tracking/v1/parcels");
        assertThat(entry.query()).isEqualTo("dry_run=no");
        assertThat(entry.header("content-type")).isEqualTo("application/json");
        assertThat(entry.body()).isEqualTo("{\"reference\": \"R1\", \"weight_grams\": 7}");
        assertThat(entry.status()).isEqualTo(201);
        assertThat(entry.latencyMicros()).isPositive();
    }

    @Test
    void secrets_are_masked_in_headers_query_and_bodies() {
        alice.post("/parcels").header("X-Test-Key", "alice-secret").header("CJ-Access-Token", "tok")
                .query("api_key", "k1")
                .json("{\"reference\": \"R\", \"weight_grams\": 1, \"note\": \"n\"}").expectInvalidRequest().send();
        TestServers.anonymous(server).post("/oauth/token")
                .form("grant_type=client_credentials&client_id=alice&client_secret=alice-secret").send();

        List<JournalEntry> entries = server.journal().all();
        assertThat(entries.get(0).header("Authorization")).isEqualTo("Basic ****");
        assertThat(entries.get(0).header("X-Test-Key")).isEqualTo("****");
        assertThat(entries.get(0).header("CJ-Access-Token")).isEqualTo("****");
        assertThat(entries.get(0).query()).isEqualTo("api_key=****");
        assertThat(entries.get(1).body()).isEqualTo("grant_type=client_credentials&client_id=alice&client_secret=****");
    }

    @Test
    void json_fields_named_like_secrets_are_masked_at_any_depth() {
        SecretMasker masker = new SecretMasker(JsonMapper.create());

        String masked = masker.jsonBody("{\"email\": \"a@b.c\", \"password\": \"hunter2\", \"auth\": {\"accessToken\": \"t\"}}");

        assertThat(masked).contains("\"email\":\"a@b.c\"").contains("\"password\":\"****\"").contains("\"accessToken\":\"****\"")
                .doesNotContain("hunter2");
    }

    @Test
    void a_json_body_naming_no_secret_is_kept_byte_for_byte() {
        SecretMasker masker = new SecretMasker(JsonMapper.create());
        String body = "{\"receiver_name\": \"张三\",  \"items\": [{\"name\": \"爱他美奶粉2段\", \"count\": 4}]}";

        assertThat(masker.jsonBody(body)).isEqualTo(body);
    }

    @Test
    void secret_fields_are_found_in_any_case_among_non_ascii_text() {
        SecretMasker masker = new SecretMasker(JsonMapper.create());

        String masked = masker.jsonBody("{\"收件人\": \"张三\", \"Client_SECRET\": \"s3\", \"ApiKey\": \"k\"}");

        assertThat(masked).contains("\"Client_SECRET\":\"****\"", "\"ApiKey\":\"****\"", "张三").doesNotContain("s3");
    }

    @Test
    void a_long_body_is_cut_at_the_limit() {
        alice.post("/parcels").json("{\"reference\": \"R\", \"weight_grams\": 1, \"note\": \"" + "n".repeat(200) + "\"}").send();

        JournalEntry entry = server.journal().all().get(0);
        assertThat(entry.body()).hasSize(64);
        assertThat(entry.bodyTruncated()).isTrue();
    }

    @Test
    void unknown_paths_under_a_carrier_are_recorded_too() {
        alice.get("/nowhere").unchecked().send();

        JournalEntry entry = server.journal().all().get(0);
        assertThat(entry.status()).isEqualTo(404);
        assertThat(entry.operationId()).isNull();
    }

    @Test
    void admin_requests_are_not_recorded() {
        SpecCheckedClient.admin(server).get("/health").send();

        assertThat(server.journal().all()).isEmpty();
    }

    @Test
    void a_full_journal_drops_its_oldest_entries() {
        RequestJournal journal = new RequestJournal(3, JsonMapper.create());

        IntStream.range(0, 5).forEach(i -> journal.record(entry("/p" + i, 200, Instant.EPOCH)));

        assertThat(journal.all()).extracting(JournalEntry::path).containsExactly("/p2", "/p3", "/p4");
        assertThat(journal.all()).extracting(JournalEntry::sequence).containsExactly(2L, 3L, 4L);
        assertThat(journal.dropped()).isEqualTo(2);
    }

    @Test
    void recording_from_many_threads_at_once_loses_nothing() {
        RequestJournal journal = new RequestJournal(100_000, JsonMapper.create());

        IntStream.range(0, 8).parallel().forEach(t -> IntStream.range(0, 5_000)
                .forEach(i -> journal.record(entry("/t" + t, 200, Instant.EPOCH))));

        assertThat(journal.all()).hasSize(40_000);
        assertThat(journal.all()).extracting(JournalEntry::sequence).doesNotHaveDuplicates();
    }

    @Test
    void clearing_forgets_everything_recorded_so_far() {
        RequestJournal journal = new RequestJournal(3, JsonMapper.create());
        journal.record(entry("/old", 200, Instant.EPOCH));

        journal.clear();
        journal.record(entry("/new", 200, Instant.EPOCH));

        assertThat(journal.all()).extracting(JournalEntry::path).containsExactly("/new");
        assertThat(journal.dropped()).isZero();
    }

    @Test
    void queries_filter_by_every_field() {
        alice.post("/parcels").json("{\"reference\": \"R\", \"weight_grams\": 1}").send();
        server.clock().advance(Duration.ofMinutes(1));
        alice.get("/parcels").query("limit", "0").expectInvalidRequest().send();
        TestServers.bob(server).get("/parcels").send();

        RequestJournal journal = server.journal();
        assertThat(journal.count(JournalQuery.all().carrier(CARRIER))).isEqualTo(3);
        assertThat(journal.count(JournalQuery.all().carrier(Carrier.CDEK))).isZero();
        assertThat(journal.count(JournalQuery.all().operationId("listParcels"))).isEqualTo(2);
        assertThat(journal.count(JournalQuery.all().credentialId("bob"))).isEqualTo(1);
        assertThat(journal.count(JournalQuery.all().method("post"))).isEqualTo(1);
        assertThat(journal.count(JournalQuery.all().path("/package-tracking/v1"))).isEqualTo(3);
        assertThat(journal.count(JournalQuery.all().path("/package-tracking/v1/parcels"))).isEqualTo(3);
        assertThat(journal.count(JournalQuery.all().path("/package-tracking/v1/parc"))).isZero();
        assertThat(journal.count(JournalQuery.all().status(400))).isEqualTo(1);
        assertThat(journal.count(JournalQuery.all().since(TestServers.START.plusSeconds(60)))).isEqualTo(2);
        assertThat(journal.find(JournalQuery.all().limit(1))).extracting(JournalEntry::credentialId).containsExactly("bob");
    }

    @Test
    void verify_passes_when_the_expected_requests_were_received() {
        alice.post("/parcels").json("{\"reference\": \"X-42\", \"weight_grams\": 3}").send();
        alice.post("/parcels").json("{\"reference\": \"Y\", \"weight_grams\": 3}").send();

        server.journal().verify(CARRIER, "createParcel").withBody("/reference", "X-42").once();
        server.journal().verify(CARRIER, "createParcel").withBody("/weight_grams", 3).times(2);
        server.journal().verify(CARRIER, "createParcel").withCredential("bob").never();
        server.journal().verify(CARRIER, "createParcel").withStatus(201).atLeast(1);
    }

    @Test
    void verify_fails_with_what_was_expected_and_what_was_received() {
        alice.post("/parcels").json("{\"reference\": \"Y\", \"weight_grams\": 3}").send();

        assertThatThrownBy(() -> server.journal().verify(CARRIER, "createParcel").withBody("/reference", "X-42").once())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected exactly 1 request(s) matching [carrier = package-tracking, operation = createParcel, body /reference = \"X-42\"], but found 0")
                .hasMessageContaining("POST /package-tracking/v1/parcels -> 201 {\"reference\": \"Y\"");
    }

    private static JournalEntry entry(String path, int status, Instant at) {
        return new JournalEntry(0, at, CARRIER, "alice", "op", "GET", path, null, Map.of(), "", false, status, 1, null);
    }
}
