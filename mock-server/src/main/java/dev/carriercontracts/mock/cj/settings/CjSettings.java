package dev.carriercontracts.mock.cj.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carriercontracts.mock.auth.Credential;
import dev.carriercontracts.mock.carrier.CarrierContext;
import dev.carriercontracts.mock.cj.catalogue.CatalogueSettings;
import dev.carriercontracts.mock.cj.freight.FreightSettings;
import dev.carriercontracts.mock.config.InvalidConfigException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The CJ section of the config ({@code carriers.cj}, defaults in {@code carrier-defaults/cj.yaml}), bound
 * strictly (an unknown key is a typo, not something to ignore) and checked as a whole: a bad section stops the
 * server with every problem and its place, never with a stack trace.
 */
public record CjSettings(FreightSettings freight, CatalogueSettings catalogue) {

    static final String BASE = "/carriers/cj";
    private static final String SOURCE = "carriers.cj (carrier-defaults/cj.yaml merged with the config file)";

    public static CjSettings load(CarrierContext context) {
        ObjectMapper strict = context.json().copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Problems problems = new Problems();
        FreightSettings freight = bind(strict, context, "freight", FreightSettings.class, problems);
        CatalogueSettings catalogue = bind(strict, context, "catalogue", CatalogueSettings.class, problems);
        if (freight != null) {
            new FreightCheck(freight, problems).run();
        }
        if (catalogue != null) {
            new CatalogueCheck(catalogue, problems).run();
        }
        checkCredentials(context, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(SOURCE, problems.list());
        }
        return new CjSettings(freight, catalogue);
    }

    private static <T> T bind(ObjectMapper strict, CarrierContext context, String section, Class<T> type, Problems problems) {
        String pointer = BASE + "/" + section;
        JsonNode node = context.settings().subsection(section).orElse(null);
        if (node == null) {
            problems.add(pointer, "is required");
            return null;
        }
        try {
            return strict.treeToValue(node, type);
        } catch (JsonMappingException e) {
            String path = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : Integer.toString(ref.getIndex()))
                    .collect(Collectors.joining("/"));
            problems.add(path.isEmpty() ? pointer : pointer + "/" + path, e.getOriginalMessage().lines().findFirst().orElse(""));
            return null;
        } catch (Exception e) {
            problems.add(pointer, e.getMessage());
            return null;
        }
    }

    private static void checkCredentials(CarrierContext context, Problems problems) {
        List<Credential> all = context.credentials().all();
        for (int i = 0; i < all.size(); i++) {
            String expiresAt = all.get(i).attribute("expiresAt").asText("");
            if (!expiresAt.isEmpty()) {
                try {
                    Instant.parse(expiresAt);
                } catch (DateTimeParseException e) {
                    problems.add(BASE + "/credentials/" + i + "/attributes/expiresAt",
                            "not an ISO-8601 instant such as 2026-01-01T00:00:00Z: '" + expiresAt + "'");
                }
            }
        }
    }
}
