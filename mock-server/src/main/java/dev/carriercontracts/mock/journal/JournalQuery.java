package dev.carriercontracts.mock.journal;

import dev.carriercontracts.mock.Carrier;

import java.time.Instant;

/**
 * Filters on the journal; {@code null} fields match everything. Build with {@link #all()} and the
 * withers: {@code JournalQuery.all().carrier(Carrier.CDEK).status(400)}.
 *
 * @param path   matches the request path itself or any path below it
 * @param since  entries at or after this instant
 * @param limit  the newest {@code limit} matching entries only
 */
public record JournalQuery(Carrier carrier, String operationId, String credentialId, String method, String path,
                           Integer status, Instant since, Integer limit) {

    public static JournalQuery all() {
        return new JournalQuery(null, null, null, null, null, null, null, null);
    }

    public JournalQuery carrier(Carrier value) {
        return new JournalQuery(value, operationId, credentialId, method, path, status, since, limit);
    }

    public JournalQuery operationId(String value) {
        return new JournalQuery(carrier, value, credentialId, method, path, status, since, limit);
    }

    public JournalQuery credentialId(String value) {
        return new JournalQuery(carrier, operationId, value, method, path, status, since, limit);
    }

    public JournalQuery method(String value) {
        return new JournalQuery(carrier, operationId, credentialId, value, path, status, since, limit);
    }

    public JournalQuery path(String value) {
        return new JournalQuery(carrier, operationId, credentialId, method, value, status, since, limit);
    }

    public JournalQuery status(Integer value) {
        return new JournalQuery(carrier, operationId, credentialId, method, path, value, since, limit);
    }

    public JournalQuery since(Instant value) {
        return new JournalQuery(carrier, operationId, credentialId, method, path, status, value, limit);
    }

    public JournalQuery limit(Integer value) {
        return new JournalQuery(carrier, operationId, credentialId, method, path, status, since, value);
    }

    public boolean matches(JournalEntry e) {
        return (carrier == null || carrier == e.carrier())
                && (operationId == null || operationId.equals(e.operationId()))
                && (credentialId == null || credentialId.equals(e.credentialId()))
                && (method == null || method.equalsIgnoreCase(e.method()))
                && (path == null || e.path().equals(path) || e.path().startsWith(path.endsWith("/") ? path : path + "/"))
                && (status == null || status == e.status())
                && (since == null || !e.at().isBefore(since));
    }
}
