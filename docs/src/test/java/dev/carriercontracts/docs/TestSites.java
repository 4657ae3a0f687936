package dev.carriercontracts.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where the build put the site, the webjars and the screenshots, as the pom tells the tests. */
final class TestSites {

    private TestSites() {
    }

    static Path built() {
        Path site = Path.of(System.getProperty("site.directory", "target/site"));
        if (!Files.exists(site.resolve("index.html"))) {
            throw new IllegalStateException("no site in " + site.toAbsolutePath() + ": the build makes it in process-classes");
        }
        return site;
    }

    static Path webjars() {
        return Path.of(System.getProperty("webjars.directory", "target/webjars"));
    }

    static Path screenshots() {
        return Path.of(System.getProperty("screenshots.directory", "target/screenshots"));
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
