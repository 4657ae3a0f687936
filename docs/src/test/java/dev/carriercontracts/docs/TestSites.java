package dev.carriercontracts.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sites the tests look at: the one the build made from the real specs, and one built here from the test
 * copies of the specs with {@code x-state-machines} and {@code x-mock-magic-values}
 * ({@code src/test/resources/specs-with-state-machines/}), until the real specs have them.
 */
final class TestSites {

    static final String TEST_SPECS = "specs-with-state-machines";

    private static Path withStateMachines;

    private TestSites() {
    }

    static Path built() {
        Path site = Path.of(System.getProperty("site.directory", "target/site"));
        if (!Files.exists(site.resolve("index.html"))) {
            throw new IllegalStateException("no site in " + site.toAbsolutePath() + ": the build makes it in process-classes");
        }
        return site;
    }

    static synchronized Path withStateMachines() throws IOException {
        if (withStateMachines == null) {
            Path site = Path.of(System.getProperty("site.directory", "target/site") + "-with-state-machines");
            new SiteBuilder(System.getProperty("project.version", "test"), SpecSource.carrierSpecs().preferring(TEST_SPECS),
                    webjars()).build(site);
            withStateMachines = site;
        }
        return withStateMachines;
    }

    static Path webjars() {
        return Path.of(System.getProperty("webjars.directory", "target/webjars"));
    }

    static Path screenshots() {
        return Path.of(System.getProperty("screenshots.directory", "target/screenshots"));
    }

    /** The pages of the site with state machines that are not the same as the built site's. */
    static Stream<String> pagesWithStateMachines() throws IOException {
        List<String> differing = new java.util.ArrayList<>();
        for (String page : pages(withStateMachines()).toList()) {
            Path built = built().resolve(page);
            if (!Files.exists(built) || !Files.readString(built).equals(Files.readString(withStateMachines().resolve(page)))) {
                differing.add(page);
            }
        }
        return differing.stream();
    }

    /** The site's pages, index first. */
    static Stream<String> pages(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".html"))
                    .sorted((a, b) -> a.equals("index.html") ? -1 : b.equals("index.html") ? 1 : a.compareTo(b))
                    .toList().stream();
        }
    }
}
