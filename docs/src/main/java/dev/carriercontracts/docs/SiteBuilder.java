package dev.carriercontracts.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds the documentation site from the specs: plain files with relative links only, so the folder can be
 * copied to any static host, opened from the disk, or served under a path ({@code /docs} on the mock server).
 *
 * <pre>
 * index.html              the carriers: what each does, base URLs (real and mock), auth; how to get a client
 * &lt;spec&gt;.html             one per carrier: overview, state machines, magic values, interactive reference
 * mock-server.html        running the mock, its magic values and states, the admin API
 * mock-admin.html         the admin API's interactive reference
 * specs/&lt;spec&gt;.yaml       the specs as published; specs/&lt;spec&gt;.js the same, embedded for the reference
 * assets/                 the site's CSS and scripts, Swagger UI and Mermaid (from their webjars)
 * </pre>
 *
 * Run by the Maven build ({@code process-classes}); on its own:
 * {@code SiteBuilder --version 0.1.0 --assets target/webjars --out target/site [--out another/folder]}.
 */
public final class SiteBuilder {

    /** The site's own assets, resources next to this class. */
    private static final List<String> OWN_ASSETS = List.of("site.css", "reference.js", "diagrams.js", "favicon.svg");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Site site;
    private final Path webjars;

    /**
     * @param version the project version, shown in the footer and in dependency snippets
     * @param webjars the unpacked webjars: {@code swagger-ui/} and {@code mermaid/}, copied into {@code assets/}
     */
    public SiteBuilder(String version, SpecSource specs, Path webjars) {
        this.site = Site.read(version, SiteContents.standard(), specs);
        this.webjars = webjars;
    }

    public static void main(String[] args) throws IOException {
        String version = null;
        Path webjars = null;
        List<Path> outs = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--version" -> version = args[i + 1];
                case "--assets" -> webjars = Path.of(args[i + 1]);
                case "--out" -> outs.add(Path.of(args[i + 1]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (version == null || webjars == null || outs.isEmpty() || args.length % 2 != 0) {
            throw new IllegalArgumentException("usage: SiteBuilder --version V --assets WEBJARS_DIR --out DIR [--out DIR...]");
        }
        SiteBuilder builder = new SiteBuilder(version, SpecSource.carrierSpecs(), webjars);
        for (Path out : outs) {
            List<String> pages = builder.build(out);
            System.out.println("[docs] site with " + pages.size() + " pages in " + out.toAbsolutePath().normalize());
        }
    }

    /** Writes the whole site into {@code out}, replacing an earlier build there; returns the pages' file names. */
    public List<String> build(Path out) throws IOException {
        clear(out);
        Files.createDirectories(out.resolve("specs"));
        Files.createDirectories(out.resolve("assets"));

        List<Layout.Link> nav = new ArrayList<>();
        site.carriers().forEach(c -> nav.add(new Layout.Link(c.href(), c.name())));
        nav.add(new Layout.Link("mock-server.html", "Mock server"));
        nav.add(new Layout.Link(site.admin().id() + ".html", site.contents().admin().name()));
        Layout layout = new Layout(nav, site.version());

        List<String> pages = new ArrayList<>();
        write(out, "index.html", new IndexPage().render(layout, site), pages);
        ReferencePage reference = new ReferencePage();
        for (Site.Carrier carrier : site.carriers()) {
            write(out, carrier.href(), reference.render(layout, site, carrier.href(), carrier.name(), carrier.spec(),
                    carrier.client()), pages);
            writeSpec(out, carrier.spec());
        }
        write(out, "mock-server.html", new MockServerPage().render(layout, site), pages);
        String adminHref = site.admin().id() + ".html";
        write(out, adminHref, reference.render(layout, site, adminHref, site.contents().admin().name(), site.admin(), null),
                pages);
        writeSpec(out, site.admin());

        for (String asset : OWN_ASSETS) {
            try (InputStream in = SiteBuilder.class.getResourceAsStream("assets/" + asset)) {
                Files.copy(in, out.resolve("assets").resolve(asset));
            }
        }
        copyTree(webjars, out.resolve("assets"));
        return pages;
    }

    private static void write(Path out, String file, String html, List<String> pages) throws IOException {
        Files.writeString(out.resolve(file), html, StandardCharsets.UTF_8);
        pages.add(file);
    }

    /**
     * The spec as published (YAML, for download) and as a script the reference page loads: a script rather than
     * a fetched file, so the page also works from {@code file://}. Its description is on the page already.
     */
    private static void writeSpec(Path out, CarrierSpec spec) throws IOException {
        Files.writeString(out.resolve("specs/" + spec.id() + ".yaml"), spec.yaml(), StandardCharsets.UTF_8);
        ObjectNode document = spec.document().deepCopy();
        ((ObjectNode) document.path("info")).remove("description");
        Files.writeString(out.resolve("specs/" + spec.id() + ".js"),
                "window.carrierSpec = " + JSON.writeValueAsString(document) + ";\n", StandardCharsets.UTF_8);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from.resolve("swagger-ui")) || !Files.isDirectory(from.resolve("mermaid"))) {
            throw new IllegalStateException(from + " lacks the unpacked webjars swagger-ui/ and mermaid/"
                    + " (the build unpacks them in generate-resources)");
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** Empties an earlier build; anything else in the way is left alone and refused. */
    private static void clear(Path out) throws IOException {
        if (!Files.exists(out)) {
            return;
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(out)) {
            empty = entries.findAny().isEmpty();
        }
        if (!empty && !Files.exists(out.resolve("assets/site.css"))) {
            throw new IllegalStateException(out + " is not empty and holds no earlier build of this site: not replacing it");
        }
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!file.equals(out)) {
                    Files.delete(file);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
