package dev.carriercontracts.mock.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Masks secrets before they reach the journal: credential headers (Authorization, *-Api-Key,
 * *-Token, cookies), and fields named like secrets (password, client_secret, access_token, api_key...)
 * in query strings, form bodies and JSON bodies.
 */
public final class SecretMasker {

    public static final String MASK = "****";

    private static final Set<String> SECRET_NAMES = Set.of("authorization", "proxyauthorization", "cookie", "setcookie");
    private static final String[] SECRET_SUFFIXES = {"apikey", "token", "secret", "password", "passwd"};
    /** Header names seen so far and whether they hold secrets: a request carries the same few names. */
    private static final int MAX_REMEMBERED_HEADERS = 512;

    private final ObjectMapper json;
    private final Map<String, Boolean> secretHeaders = new ConcurrentHashMap<>();

    public SecretMasker(ObjectMapper json) {
        this.json = json;
    }

    /** The header value as the journal shows it (secrets masked, an auth scheme kept), remembering the verdict for each header name. */
    public String maskHeader(String name, String value) {
        Boolean secret = secretHeaders.get(name);
        if (secret == null) {
            secret = isSecretHeader(name);
            if (secretHeaders.size() < MAX_REMEMBERED_HEADERS) {
                secretHeaders.put(name, secret);
            }
        }
        return secret ? masked(name, value) : value;
    }

    /** Whether a header or field with this name holds a secret. */
    public static boolean isSecret(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        if (SECRET_NAMES.contains(n)) {
            return true;
        }
        for (String suffix : SECRET_SUFFIXES) {
            if (n.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a header holds a secret: as {@link #isSecret}, plus any {@code *-Key} header. */
    public static boolean isSecretHeader(String name) {
        return isSecret(name) || name.toLowerCase(Locale.ROOT).endsWith("key");
    }

    /** A secret header's value masked, its auth scheme kept ({@code Basic ****}). */
    private static String masked(String name, String value) {
        int space = value.indexOf(' ');
        boolean scheme = space > 0 && (name.equalsIgnoreCase("Authorization") || name.equalsIgnoreCase("Proxy-Authorization"));
        return scheme ? value.substring(0, space) + " " + MASK : MASK;
    }

    /** A query string or form body with secret fields' values masked. */
    public static String formEncoded(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return encoded;
        }
        StringBuilder out = new StringBuilder(encoded.length());
        for (String pair : encoded.split("&", -1)) {
            if (out.length() > 0) {
                out.append('&');
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            out.append(eq >= 0 && isSecret(name) ? pair.substring(0, eq + 1) + MASK : pair);
        }
        return out.toString();
    }

    /** A JSON body with the values of secret fields masked, at any depth; other text unchanged. */
    public String jsonBody(String body) {
        return mayHoldSecret(body) ? masked(body) : body;
    }

    private String masked(String body) {
        try {
            JsonNode tree = json.readTree(body);
            return mask(tree) ? json.writeValueAsString(tree) : body;
        } catch (Exception e) {
            return body; // not JSON after all: nothing structured to mask
        }
    }

    /** A cheap prefilter: only a body that names something secret-like is worth parsing. */
    private static boolean mayHoldSecret(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        for (String suffix : SECRET_SUFFIXES) {
            if (lower.contains(suffix)) {
                return true;
            }
        }
        return lower.contains("key");
    }

    private static boolean mask(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (isSecret(field.getKey()) && field.getValue().isValueNode()) {
                    field.setValue(object.textNode(MASK));
                    changed = true;
                } else {
                    changed |= mask(field.getValue());
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                changed |= mask(item);
            }
        }
        return changed;
    }
}
