package dev.carriercontracts.mock.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.carriercontracts.mock.Carrier;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** YAML resources read through the JSON the build writes beside them, as long as that JSON is up to date. */
class YamlResourcesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void the_build_wrote_the_defaults_and_specs_as_json_that_read_as_their_yaml() throws IOException {
        ClassLoader loader = getClass().getClassLoader();
        for (String resource : new String[]{ConfigLoader.DEFAULTS, "carrier-defaults/cnexpress.yaml", Carrier.CJ.specResource()}) {
            assertThat(loader.getResource(YamlResources.COMPILED + resource + ".json")).as(resource).isNotNull();
            try (InputStream yaml = loader.getResourceAsStream(resource)) {
                assertThat(YamlResources.read(resource, loader)).as(resource).isEqualTo(YAML.readTree(yaml));
            }
        }
    }

    @Test
    void a_yaml_file_edited_after_the_build_is_read_as_yaml() {
        ClassLoader edited = new Resources(Map.of(
                "defaults.yaml", "server: {port: 9090}\n",
                YamlResources.COMPILED + "defaults.yaml.json", "{\"crc32\": 1, \"tree\": {\"server\": {\"port\": 8080}}}"));

        assertThat(YamlResources.read("defaults.yaml", edited).at("/server/port").asInt()).isEqualTo(9090);
        assertThat(YamlResources.read("missing.yaml", edited)).isNull();
    }

    /** A class loader that holds a few text resources. */
    private static final class Resources extends ClassLoader {
        private final Map<String, String> texts;

        Resources(Map<String, String> texts) {
            super(null);
            this.texts = texts;
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            String text = texts.get(name);
            return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
