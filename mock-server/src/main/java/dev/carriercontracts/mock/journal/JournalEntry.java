package dev.carriercontracts.mock.journal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.carriercontracts.mock.Carrier;

import java.time.Instant;
import java.util.Map;

/**
 * One request as the server received and answered it. Secrets in headers, query and body are
 * masked; the body is cut at the journal's limit.
 *
 * @param sequence     position in the journal (set by the journal; increasing, never reused)
 * @param at           when it arrived, by the mock clock
 * @param carrier      the carrier it was for; {@code null} for a path under no carrier
 * @param credentialId the authenticated account; {@code null} when none
 * @param operationId  the spec operation; {@code null} when no route matched
 * @param status       the status answered; 0 when the connection was dropped on purpose
 * @param fault        the injected fault's type ({@code latency}, {@code error}, {@code drop},
 *                     {@code rate-limit}), or {@code null}
 */
public record JournalEntry(long sequence, Instant at, Carrier carrier, String credentialId, String operationId,
                           String method, String path, String query, Map<String, String> headers,
                           @JsonIgnore JournalBody recordedBody, int status, long latencyMicros, String fault) {

    /** An entry whose body is already in its journal form. */
    public JournalEntry(long sequence, Instant at, Carrier carrier, String credentialId, String operationId,
                        String method, String path, String query, Map<String, String> headers, String body,
                        boolean bodyTruncated, int status, long latencyMicros, String fault) {
        this(sequence, at, carrier, credentialId, operationId, method, path, query, headers,
                JournalBody.ofText(body, bodyTruncated), status, latencyMicros, fault);
    }

    JournalEntry withSequence(long newSequence) {
        return new JournalEntry(newSequence, at, carrier, credentialId, operationId, method, path, query, headers,
                recordedBody, status, latencyMicros, fault);
    }

    /** The request body: secrets masked, cut at the journal's limit ({@code ""} when there was none). */
    @JsonProperty("body")
    public String body() {
        return recordedBody.text();
    }

    /** Whether {@link #body()} was cut at the journal's limit. */
    @JsonProperty("bodyTruncated")
    public boolean bodyTruncated() {
        return recordedBody.truncated();
    }

    /** A header by case-insensitive name, or null. */
    public String header(String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }
}
