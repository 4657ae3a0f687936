package dev.carriercontracts.docs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What the site adds to the specs ({@code site.yaml} next to this class): the pages, their order and short
 * names, and each carrier's client artifact.
 */
public record SiteContents(List<CarrierEntry> carriers, PageEntry admin, String groupId, String bomArtifactId) {

    public SiteContents {
        carriers = List.copyOf(carriers);
    }

    /** A carrier: its spec id, a short name for menus, and its client. */
    public record CarrierEntry(String spec, String name, Client client) {
    }

    /** A page with no client: the mock server's admin API. */
    public record PageEntry(String spec, String name) {
    }

    /**
     * @param api    the generated API interface, fully qualified
     * @param create the factory call that builds one, e.g. {@code CnExpressClient.create(baseUrl, "u", "p")}
     */
    public record Client(String artifactId, String api, String create) {

        public String apiSimpleName() {
            return api.substring(api.lastIndexOf('.') + 1);
        }

        /** The hand-written factory, next to the generated {@code api} package. */
        public String factory() {
            String apiPackage = api.substring(0, api.lastIndexOf('.'));
            return apiPackage.substring(0, apiPackage.lastIndexOf('.')) + "." + create.substring(0, create.indexOf('.'));
        }
    }

    public static SiteContents standard() {
        try (InputStream in = SiteContents.class.getResourceAsStream("site.yaml")) {
            return new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, SiteContents.class);
        } catch (IOException e) {
            throw new UncheckedIOException("site.yaml", e);
        }
    }
}
