package dev.carriercontracts.mock.carrier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.auth.Credentials;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.config.CarrierSettings;

/**
 * What the server gives a carrier module when it builds it.
 *
 * @param settings            the carrier's config section (credentials, delays, its own data)
 * @param credentials         its accounts, ready for the authenticators
 * @param clock               the one clock; derive every state from it
 * @param json                the server's Jackson mapper (JSR-310 dates, unknown fields ignored)
 * @param maxStoredEntities   the cap on what the module keeps (drop the oldest finished first, and log it)
 */
public record CarrierContext(Carrier carrier, CarrierSettings settings, Credentials credentials, MockClock clock,
                             ObjectMapper json, int maxStoredEntities) {

    /**
     * Binds a subsection of the carrier's config to a record of the module's own, e.g.
     * {@code context.settings("catalogue", Catalogue.class)}; null when the section is absent.
     */
    public <T> T settings(String subsection, Class<T> type) {
        JsonNode node = settings.subsection(subsection).orElse(null);
        return node == null ? null : json.convertValue(node, type);
    }
}
