package dev.carriercontracts.mock.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A verify-style assertion on the journal, WireMock style:
 * {@code journal.verify(Carrier.CNEXPRESS, "createRequest").withBody("/order_no", "X").times(1)}.
 * A failure throws an {@link AssertionError} that lists what was expected and what was received.
 */
public final class JournalVerification {

    private final RequestJournal journal;
    private final JournalQuery query;
    private final ObjectMapper json;
    private final List<String> conditions = new ArrayList<>();
    private Predicate<JournalEntry> predicate = e -> true;

    JournalVerification(RequestJournal journal, JournalQuery query, ObjectMapper json) {
        this.journal = journal;
        this.query = query;
        this.json = json;
    }

    /** The JSON body has {@code expected} at {@code jsonPointer} (e.g. {@code /packages/0/weight}). */
    public JournalVerification withBody(String jsonPointer, Object expected) {
        JsonNode expectedNode = json.valueToTree(expected);
        return where("body " + jsonPointer + " = " + expectedNode, e -> expectedNode.equals(body(e).at(jsonPointer)));
    }

    public JournalVerification withCredential(String credentialId) {
        return where("credential = " + credentialId, e -> credentialId.equals(e.credentialId()));
    }

    public JournalVerification withStatus(int status) {
        return where("status = " + status, e -> e.status() == status);
    }

    /** Any condition, described for the failure message. */
    public JournalVerification where(String description, Predicate<JournalEntry> condition) {
        conditions.add(description);
        predicate = predicate.and(condition);
        return this;
    }

    public void times(int expected) {
        check(expected, expected, "exactly " + expected);
    }

    public void once() {
        times(1);
    }

    public void never() {
        times(0);
    }

    public void atLeast(int min) {
        check(min, Integer.MAX_VALUE, "at least " + min);
    }

    public void atMost(int max) {
        check(0, max, "at most " + max);
    }

    /** The matching entries (for assertions of your own). */
    public List<JournalEntry> entries() {
        return journal.find(query).stream().filter(predicate).toList();
    }

    private void check(int min, int max, String expectation) {
        List<JournalEntry> candidates = journal.find(query);
        long matching = candidates.stream().filter(predicate).count();
        if (matching < min || matching > max) {
            StringBuilder message = new StringBuilder()
                    .append("Expected ").append(expectation).append(" request(s) matching ").append(describe())
                    .append(", but found ").append(matching).append('.');
            message.append("\nRequests matching the query alone (").append(candidates.size()).append("):");
            candidates.stream().limit(20).forEach(e -> message.append("\n  #").append(e.sequence()).append(' ')
                    .append(e.method()).append(' ').append(e.path()).append(" -> ").append(e.status())
                    .append(e.body().isEmpty() ? "" : " " + abbreviate(e.body())));
            long dropped = journal.dropped();
            if (dropped > 0) {
                // a count that comes up short may only mean the requests fell out of a full journal
                message.append("\nThe journal keeps the newest ").append(journal.capacity()).append(" requests and has dropped ")
                        .append(dropped).append(" older one(s): raise server.journal.maxEntries to keep them.");
            }
            throw new AssertionError(message.toString());
        }
    }

    private String describe() {
        List<String> parts = new ArrayList<>();
        if (query.carrier() != null) parts.add("carrier = " + query.carrier().id());
        if (query.operationId() != null) parts.add("operation = " + query.operationId());
        if (query.credentialId() != null) parts.add("credential = " + query.credentialId());
        if (query.method() != null) parts.add("method = " + query.method());
        if (query.path() != null) parts.add("path = " + query.path());
        if (query.status() != null) parts.add("status = " + query.status());
        if (query.since() != null) parts.add("since " + query.since());
        parts.addAll(conditions);
        return parts.isEmpty() ? "anything" : "[" + String.join(", ", parts) + "]";
    }

    private JsonNode body(JournalEntry e) {
        try {
            return e.body().isEmpty() ? json.missingNode() : json.readTree(e.body());
        } catch (JsonProcessingException ex) {
            return json.missingNode();
        }
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 117) + "...";
    }
}
