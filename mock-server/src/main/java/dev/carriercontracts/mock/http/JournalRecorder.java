package dev.carriercontracts.mock.http;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.journal.JournalBody;
import dev.carriercontracts.mock.journal.JournalEntry;
import dev.carriercontracts.mock.journal.RequestJournal;
import dev.carriercontracts.mock.journal.SecretMasker;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Instant;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns an answered request into a journal entry: secrets masked, the body as {@link JournalBody} keeps it. */
public final class JournalRecorder {

    private final RequestJournal journal;
    private final SecretMasker masker;
    private final int maxBodyChars;

    public JournalRecorder(RequestJournal journal, SecretMasker masker, int maxBodyChars) {
        this.journal = journal;
        this.masker = masker;
        this.maxBodyChars = maxBodyChars;
    }

    /**
     * @param body   the body bytes if they were read ({@code null}: not read, e.g. refused before)
     * @param status the answered status (0: connection dropped)
     */
    void record(Context ctx, Instant at, Carrier carrier, String credentialId, String operationId, byte[] body,
                int status, long startedNanos, String fault) {
        HttpServletRequest req = ctx.req();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Enumeration<String> names = req.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            headers.put(name, masker.maskHeader(name, req.getHeader(name)));
        }
        long latencyMicros = (System.nanoTime() - startedNanos) / 1_000;
        journal.record(new JournalEntry(0, at, carrier, credentialId, operationId, req.getMethod(), req.getRequestURI(),
                SecretMasker.formEncoded(req.getQueryString()), Collections.unmodifiableMap(headers),
                JournalBody.of(body, req.getContentType(), masker, maxBodyChars), status, latencyMicros, fault));
    }
}
