package dev.carriercontracts.mock.http;

import dev.carriercontracts.docs.CarrierSpec;
import dev.carriercontracts.docs.Operation;
import dev.carriercontracts.docs.SpecReader;
import dev.carriercontracts.docs.SpecSource;
import dev.carriercontracts.docs.browser.DocsPage;
import dev.carriercontracts.docs.browser.HeadlessChromium;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The docs site as the mock server serves it at {@code /docs/}, in headless Chromium: the index and every page it
 * links to render with no console error and no request leaving localhost, and each carrier's page lists exactly
 * the operations of its spec (the {@code carrier-specs} jar's, which the server runs on). A screenshot of each
 * page lands in {@code target/screenshots/docs-<page>.png}. Opening every operation is the docs module's
 * {@code SiteInBrowserIT}'s job, on the same site.
 */
class DocsInBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static HeadlessChromium chromium;
    private static MockServer server;

    @BeforeAll
    static void start() {
        chromium = HeadlessChromium.launchOrSkip();
        server = TestServers.started();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    /** The folder itself (the index), then every page of the folder its links lead to, as the browser resolves them. */
    static Stream<String> pages() {
        String folder = server.baseUrl() + "/docs/";
        chromium.open(folder);
        DocsPage.waitUntilRendered(chromium);
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) chromium.script("return Array.from(document.querySelectorAll('a[href]'), a => a.href)");
        return Stream.concat(Stream.of(""), links.stream()
                .map(link -> link.replaceFirst("#.*", ""))
                .filter(link -> link.startsWith(folder) && link.endsWith(".html") && !link.equals(folder + "index.html"))
                .map(link -> link.substring(folder.length())))
                .distinct();
    }

    @Test
    void the_index_links_each_carriers_page() {
        assertThat(pages()).contains(Stream.of(Carrier.values()).map(c -> c.id() + ".html").toArray(String[]::new));
    }

    @ParameterizedTest(name = "/docs/{0}")
    @MethodSource("pages")
    void page_renders_with_no_console_error_and_nothing_loaded_from_elsewhere(String page) {
        chromium.clearLogs();
        chromium.open(server.baseUrl() + "/docs/" + page);
        DocsPage.waitUntilRendered(chromium);
        chromium.screenshot(SCREENSHOTS.resolve("docs-" + (page.isEmpty() ? "index" : page.replace(".html", "")) + ".png"));

        chromium.assertNoConsoleErrors();
        chromium.assertNoRequestLeftLocalhost();
        specOf(page).ifPresent(spec -> assertThat(DocsPage.operationIds(chromium)).as("operations listed on " + page)
                .containsExactlyInAnyOrderElementsOf(spec.operations().stream().map(Operation::operationId).toList()));
    }

    /** The spec a page documents, if there is one on the classpath by its name: {@code carrier-specs/<page>.yaml}. */
    private static Optional<CarrierSpec> specOf(String page) {
        String id = page.replace(".html", "");
        if (id.isEmpty() || DocsInBrowserTest.class.getClassLoader().getResource("carrier-specs/" + id + ".yaml") == null) {
            return Optional.empty();
        }
        return Optional.of(SpecReader.read(id, SpecSource.carrierSpecs().read(id)));
    }
}
