package dev.carriercontracts.contract;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Pact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The pact files the consumer tests write, in the one place they land: {@code target/pacts}, passed to the tests
 * as the system property {@code pacts.dir} (and to Pact as {@code pact.rootDir}, see pom.xml). Everything that
 * reads pacts (the spec check, provider verification) finds them here.
 */
public final class PactFiles {

    private PactFiles() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("pacts.dir", "target/pacts"));
    }

    /** Every pact file, sorted by name; fails when the consumer tests have not written any. */
    public static List<Path> all() {
        Path dir = dir();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no pact directory " + dir.toAbsolutePath()
                    + ": the consumer tests write it and run first (./mvnw -pl contract-tests verify)");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A pact file read with Pact's own reader. */
    public static Pact read(Path file) {
        return DefaultPactReader.INSTANCE.loadPact(file.toFile());
    }
}
