package dev.carriercontracts.docs;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A security scheme of a spec, summed up in a few words for the index ({@code summary}) with the spec's own
 * explanation ({@code description}, Markdown) for the carrier's page.
 */
public record AuthScheme(String name, String summary, String description) {

    static AuthScheme of(String name, JsonNode scheme) {
        return new AuthScheme(name, summarize(scheme), scheme.path("description").asText("").strip());
    }

    private static String summarize(JsonNode scheme) {
        String type = scheme.path("type").asText();
        return switch (type) {
            case "http" -> switch (scheme.path("scheme").asText().toLowerCase(java.util.Locale.ROOT)) {
                case "basic" -> "HTTP Basic";
                case "bearer" -> "HTTP Bearer token";
                default -> "HTTP " + scheme.path("scheme").asText();
            };
            case "apiKey" -> "API key in the " + scheme.path("in").asText() + " `" + scheme.path("name").asText() + "`";
            case "oauth2" -> oauth2(scheme.path("flows"));
            case "openIdConnect" -> "OpenID Connect";
            default -> type;
        };
    }

    private static String oauth2(JsonNode flows) {
        if (flows.has("clientCredentials")) {
            return "OAuth 2.0 client credentials (token from `" + flows.path("clientCredentials").path("tokenUrl").asText()
                    + "`), then a Bearer token";
        }
        StringBuilder names = new StringBuilder();
        flows.fieldNames().forEachRemaining(f -> names.append(names.isEmpty() ? "" : ", ").append(f));
        return "OAuth 2.0 (" + names + ")";
    }
}
