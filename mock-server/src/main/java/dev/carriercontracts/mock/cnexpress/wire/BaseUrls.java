package dev.carriercontracts.mock.cnexpress.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The start of the URLs in CNExpress answers ({@code url}, {@code request}, {@code waybill}, {@code waybills}):
 * the configured {@code baseUrl}, or this server as the client reached it ({@code Host} header, and
 * {@code X-Forwarded-Proto} behind a proxy) plus the carrier's base path, so that a client can follow them.
 * The last one built is kept: every call of a benchmark or a test comes through the same host.
 */
public final class BaseUrls {

    /** A base URL as text and as JSON-escaped UTF-8 (without quotes), ready to be copied into answers. */
    public record BaseUrl(String text, byte[] json) {
    }

    private record Cached(String host, String scheme, BaseUrl url) {
    }

    private final BaseUrl fixed;
    private final String basePath;
    private volatile Cached last = new Cached("", "", null);

    /** @param configured the {@code baseUrl} setting, or null */
    public BaseUrls(String configured, String basePath) {
        this.fixed = configured == null ? null : of(configured);
        this.basePath = basePath;
    }

    /** @param host the request's Host header (may be null), @param forwardedProto its X-Forwarded-Proto (may be null) */
    public BaseUrl of(String host, String forwardedProto) {
        if (fixed != null) {
            return fixed;
        }
        String h = host == null || host.isBlank() ? "localhost" : host;
        String scheme = "https".equalsIgnoreCase(forwardedProto) ? "https" : "http";
        Cached c = last;
        if (c.host().equals(h) && c.scheme().equals(scheme)) {
            return c.url();
        }
        BaseUrl url = of(scheme + "://" + h + basePath);
        last = new Cached(h, scheme, url);
        return url;
    }

    private static BaseUrl of(String text) {
        byte[] quoted = new JsonOut(text.length() + 8).string(text.getBytes(StandardCharsets.UTF_8)).toBytes();
        return new BaseUrl(text, Arrays.copyOfRange(quoted, 1, quoted.length - 1));
    }
}
