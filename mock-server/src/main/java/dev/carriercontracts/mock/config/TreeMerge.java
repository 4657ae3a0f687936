package dev.carriercontracts.mock.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/** Merges the user's config over the defaults: mappings merge key by key, anything else replaces. */
final class TreeMerge {

    private TreeMerge() {
    }

    static JsonNode merge(JsonNode base, JsonNode overlay) {
        if (!(base instanceof ObjectNode baseObject) || !(overlay instanceof ObjectNode overlayObject)) {
            return overlay.deepCopy();
        }
        ObjectNode merged = baseObject.deepCopy();
        for (Map.Entry<String, JsonNode> field : overlayObject.properties()) {
            JsonNode existing = merged.get(field.getKey());
            merged.set(field.getKey(), existing == null ? field.getValue().deepCopy() : merge(existing, field.getValue()));
        }
        return merged;
    }
}
