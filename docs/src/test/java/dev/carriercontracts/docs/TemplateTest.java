package dev.carriercontracts.docs;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateTest {

    private static final Map<String, String> PAGE = Map.of("title", "t", "nav", "", "stylesheets", "", "body", "",
            "scripts", "", "version", "1");

    @Test
    void a_slot_left_without_a_value_is_an_error() {
        Map<String, String> values = new java.util.HashMap<>(PAGE);
        values.remove("nav");

        assertThatThrownBy(() -> Template.load("page.html").render(values)).hasMessage("template page.html: no value for {{nav}}");
    }

    @Test
    void a_value_without_a_slot_is_an_error() {
        Map<String, String> values = new java.util.HashMap<>(PAGE);
        values.put("sidebar", "");

        assertThatThrownBy(() -> Template.load("page.html").render(values)).hasMessage("template page.html has no slot for [sidebar]");
    }
}
