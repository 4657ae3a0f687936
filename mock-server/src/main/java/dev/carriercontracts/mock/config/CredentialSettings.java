package dev.carriercontracts.mock.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One account of a carrier, as the config file gives it.
 *
 * @param id         the account's id: the Basic user name, the OAuth client id, or a label for an API key
 * @param secret     the password, client secret or API key
 * @param attributes carrier-specific attributes (e.g. CNExpress {@code test_mode}, {@code credit}), in the
 *                   config file's order (the start-up banner prints them so)
 */
public record CredentialSettings(String id, String secret, Map<String, JsonNode> attributes) {

    public CredentialSettings {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
