package dev.carriercontracts.mock.journal;

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
                           String method, String path, String query, Map<String, String> headers, String body,
                           boolean bodyTruncated, int status, long latencyMicros, String fault) {

    JournalEntry withSequence(long newSequence) {
        return new JournalEntry(newSequence, at, carrier, credentialId, operationId, method, path, query, headers, body,
                bodyTruncated, status, latencyMicros, fault);
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
