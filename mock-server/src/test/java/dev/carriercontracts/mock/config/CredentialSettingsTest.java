package dev.carriercontracts.mock.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialSettingsTest {

    @Test
    void attributes_keep_the_config_files_order_for_the_start_up_banner() {
        List<String> names = List.of("test_mode", "credit", "currency", "quota", "email", "phone", "money", "regtime");
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            attributes.put(names.get(i), IntNode.valueOf(i));
        }

        CredentialSettings settings = new CredentialSettings("alice", "secret", attributes);

        assertThat(settings.attributes().keySet()).containsExactlyElementsOf(names);
    }

    @Test
    void attributes_are_a_copy_that_cannot_be_changed() {
        Map<String, JsonNode> attributes = new LinkedHashMap<>(Map.of("credit", IntNode.valueOf(5)));
        CredentialSettings settings = new CredentialSettings("alice", "secret", attributes);

        attributes.put("credit", IntNode.valueOf(6));

        assertThat(settings.attributes()).containsEntry("credit", IntNode.valueOf(5));
        assertThatThrownBy(() -> settings.attributes().put("x", IntNode.valueOf(1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
