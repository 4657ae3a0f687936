package dev.carriercontracts.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Where the specs are read from: a folder on the classpath, the {@code carrier-specs} jar's own in every build. */
public record SpecSource(String classpathFolder) {

    /** The specs of the {@code carrier-specs} jar. */
    public static SpecSource carrierSpecs() {
        return new SpecSource("carrier-specs");
    }

    /** The YAML text of spec {@code id} (e.g. {@code cnexpress}). */
    public String read(String id) {
        try (InputStream in = SpecSource.class.getClassLoader().getResourceAsStream(classpathFolder + "/" + id + ".yaml")) {
            if (in == null) {
                throw new IllegalArgumentException("no spec " + id + ".yaml in " + classpathFolder + "/ on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
