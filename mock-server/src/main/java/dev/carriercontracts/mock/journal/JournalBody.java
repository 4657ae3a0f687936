package dev.carriercontracts.mock.journal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A journal entry's request body as the journal shows it: decoded, secrets masked, cut at the journal's limit.
 * A body no longer than the limit in bytes is kept as the request's own bytes (read once, never written to
 * again) and turned into text only when someone reads the journal, which most requests never are: decoding and
 * masking every body on the request path cost about a seventh of the server's time under load. A longer body is
 * turned into its cut text at once, so the journal never holds more than the limit per entry.
 */
public final class JournalBody {

    public static final JournalBody NONE = ofText("", false);

    private final byte[] bytes;
    private final String contentType;
    private final SecretMasker masker;
    private final int maxChars;
    private volatile Text text;

    private record Text(String value, boolean truncated) {
    }

    private JournalBody(byte[] bytes, String contentType, SecretMasker masker, int maxChars, Text text) {
        this.bytes = bytes;
        this.contentType = contentType;
        this.masker = masker;
        this.maxChars = maxChars;
        this.text = text;
    }

    /** A body already in its journal form (tests, or a body recorded elsewhere). */
    public static JournalBody ofText(String text, boolean truncated) {
        return new JournalBody(null, null, null, 0, new Text(text, truncated));
    }

    /**
     * The body of a request as received.
     *
     * @param bytes    the body; not copied, so the caller must not change it afterwards ({@code null}: not read)
     * @param maxChars the journal's limit, in characters
     */
    public static JournalBody of(byte[] bytes, String contentType, SecretMasker masker, int maxChars) {
        if (bytes == null || bytes.length == 0) {
            return NONE;
        }
        if (bytes.length > maxChars) {
            // it may be cut: hold the cut text rather than a body of any size
            return new JournalBody(null, null, null, 0, render(bytes, contentType, masker, maxChars));
        }
        return new JournalBody(bytes, contentType, masker, maxChars, null);
    }

    /** The body as text, secrets masked and cut at the limit. */
    public String text() {
        return resolved().value();
    }

    /** Whether {@link #text()} was cut at the journal's limit. */
    public boolean truncated() {
        return resolved().truncated();
    }

    private Text resolved() {
        Text t = text;
        if (t == null) {
            // two readers may both render it: the result is the same, and either may be kept
            t = render(bytes, contentType, masker, maxChars);
            text = t;
        }
        return t;
    }

    private static Text render(byte[] bytes, String contentType, SecretMasker masker, int maxChars) {
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String masked = type.startsWith("application/x-www-form-urlencoded") ? SecretMasker.formEncoded(decoded)
                : type.contains("json") ? masker.jsonBody(decoded) : decoded;
        return masked.length() > maxChars ? new Text(masked.substring(0, maxChars), true) : new Text(masked, false);
    }
}
