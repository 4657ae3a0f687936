package dev.carriercontracts.mock.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.carriercontracts.mock.Carrier;

import java.util.Map;
import java.util.Objects;

/**
 * An account of one carrier. Every store is keyed by the credential id, so each account sees only
 * its own data.
 *
 * @param id         the Basic user name, OAuth client id, or a label for an API key
 * @param secret     the password, client secret or API key
 * @param attributes carrier-specific attributes from the config (e.g. {@code test_mode}, {@code credit})
 */
public record Credential(Carrier carrier, String id, String secret, Map<String, JsonNode> attributes) {

    public Credential {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secret, "secret");
        attributes = Map.copyOf(attributes);
    }

    /** An attribute, or a missing node (so {@code attribute("credit").asDouble(0)} reads naturally). */
    public JsonNode attribute(String name) {
        return attributes.getOrDefault(name, MissingNode.getInstance());
    }

    @Override
    public String toString() {
        return "Credential[" + carrier.id() + "/" + id + "]";
    }
}
