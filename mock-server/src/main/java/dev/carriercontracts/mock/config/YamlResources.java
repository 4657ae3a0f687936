package dev.carriercontracts.mock.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.admin.AdminRoutes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The YAML files of the classpath the server reads (the config defaults, the specs), as trees. A cold YAML
 * parser is slow at start-up (about 100 ms for the defaults, 30 ms for a spec, before the JIT has compiled it),
 * so the build also writes each of them as JSON ({@value #COMPILED}{@code <resource>.json}, by {@link #main}),
 * and that is read instead, as long as it was made from the very same YAML (its CRC-32): a YAML file edited
 * since, in an IDE that does not run the build step for instance, is read as YAML.
 */
public final class YamlResources {

    static final String COMPILED = "compiled-yaml/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlResources() {
    }

    /** The resource as a tree, or null when the classpath has no such resource. */
    public static JsonNode read(String resource, ClassLoader loader) {
        byte[] yaml = bytes(loader, resource);
        if (yaml == null) {
            return null;
        }
        byte[] compiled = bytes(loader, COMPILED + resource + ".json");
        try {
            if (compiled != null) {
                JsonNode document = JSON.readTree(compiled);
                if (document.path("crc32").asLong(-1) == crc32(yaml)) {
                    return document.get("tree");
                }
            }
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The build step ({@code process-classes}): writes the JSON of every YAML resource the server reads at
     * start-up or on a first request into the classes folder given as the only argument, and checks that each
     * reads back as the same tree.
     */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        ClassLoader loader = YamlResources.class.getClassLoader();
        List<String> resources = new ArrayList<>(List.of(ConfigLoader.DEFAULTS, AdminRoutes.SPEC));
        for (Carrier carrier : Carrier.values()) {
            resources.add(ConfigLoader.CARRIER_DEFAULTS + carrier.id() + ".yaml");
            resources.add(carrier.specResource());
        }
        for (String resource : resources) {
            byte[] yaml = bytes(loader, resource);
            if (yaml == null) {
                continue;
            }
            JsonNode tree = YAML.readTree(yaml);
            ObjectNode document = JSON.createObjectNode().put("crc32", crc32(yaml)).set("tree", tree);
            byte[] json = JSON.writeValueAsBytes(document);
            if (!JSON.readTree(json).get("tree").equals(tree)) {
                throw new IllegalStateException(resource + " does not read back the same as JSON");
            }
            Path target = classes.resolve(COMPILED + resource + ".json");
            Files.createDirectories(target.getParent());
            Files.write(target, json);
        }
    }

    private static byte[] bytes(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static long crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
