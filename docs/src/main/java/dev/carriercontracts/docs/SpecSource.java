package dev.carriercontracts.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Where the specs are read from: folders on the classpath, searched in order. The build uses the
 * {@code carrier-specs} jar's {@code carrier-specs/} folder; a test can put a folder of its own specs first.
 */
public record SpecSource(List<String> classpathFolders) {

    public SpecSource {
        classpathFolders = List.copyOf(classpathFolders);
    }

    /** The specs of the {@code carrier-specs} jar. */
    public static SpecSource carrierSpecs() {
        return new SpecSource(List.of("carrier-specs"));
    }

    /** That folder first, then this source's. */
    public SpecSource preferring(String classpathFolder) {
        return new SpecSource(java.util.stream.Stream.concat(java.util.stream.Stream.of(classpathFolder),
                classpathFolders.stream()).toList());
    }

    /** The YAML text of spec {@code id} (e.g. {@code cnexpress}). */
    public String read(String id) {
        for (String folder : classpathFolders) {
            try (InputStream in = SpecSource.class.getClassLoader().getResourceAsStream(folder + "/" + id + ".yaml")) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalArgumentException("no spec " + id + ".yaml in any of " + classpathFolders + " on the classpath");
    }
}
