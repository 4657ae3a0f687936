package dev.carriercontracts.docs;

import dev.carriercontracts.docs.browser.DocsPage;
import dev.carriercontracts.docs.browser.HeadlessChromium;
import dev.carriercontracts.docs.browser.StaticSiteServer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every page of the built site ({@code target/site}, from the real specs) in headless Chromium, served under
 * {@code /docs/} as the mock server does: no console error (also with every operation opened), no request leaving
 * localhost, every operation of the spec listed, every state machine drawn. A screenshot of each page lands in
 * {@code target/screenshots/}.
 */
class SiteInBrowserIT {

    private static HeadlessChromium chromium;
    private static StaticSiteServer builtSite;

    @BeforeAll
    static void start() throws IOException {
        chromium = HeadlessChromium.launchOrSkip();
        builtSite = StaticSiteServer.serve(TestSites.built(), "/docs/");
    }

    @AfterAll
    static void stop() {
        if (builtSite != null) {
            builtSite.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    static Stream<String> builtPages() throws IOException {
        return TestSites.pages(TestSites.built());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtPages")
    void page_of_the_built_site_renders_completely_with_everything_local(String page) throws IOException {
        chromium.clearLogs();
        chromium.open(builtSite.url(page));
        DocsPage.waitUntilRendered(chromium);
        chromium.screenshot(TestSites.screenshots().resolve(page.replace(".html", ".png")));
        openEveryOperation();

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(chromium.consoleErrors()).as("console errors").isEmpty();
        softly.assertThat(chromium.requestsLeavingLocalhost()).as("requests leaving localhost").isEmpty();
        softly.assertThat(chromium.requestedUrls()).as("requests").isNotEmpty();

        Path spec = TestSites.built().resolve("specs").resolve(page.replace(".html", ".yaml"));
        if (Files.exists(spec)) {
            CarrierSpec carrier = SpecReader.read(page.replace(".html", ""), Files.readString(spec, StandardCharsets.UTF_8));
            softly.assertThat(DocsPage.operationIds(chromium)).as("operations listed")
                    .containsExactlyInAnyOrderElementsOf(carrier.operations().stream().map(Operation::operationId).toList());
            softly.assertThat(DocsPage.paths(chromium)).as("paths listed")
                    .containsExactlyInAnyOrderElementsOf(carrier.operations().stream().map(Operation::path).toList());
            List<String> diagrams = DocsPage.diagrams(chromium);
            softly.assertThat(diagrams).as("state diagrams").hasSameSizeAs(carrier.stateMachines());
            for (int i = 0; i < Math.min(diagrams.size(), carrier.stateMachines().size()); i++) {
                softly.assertThat(diagrams.get(i)).as("diagram of " + carrier.stateMachines().get(i).name())
                        .contains(carrier.stateMachines().get(i).states());
            }
        }
        softly.assertAll();
    }

    /** Opens every operation, so that rendering their parameters, bodies and examples is checked for errors too. */
    private static void openEveryOperation() {
        Number operations = (Number) chromium.script("""
                const summaries = document.querySelectorAll('#api-reference .opblock-summary-control');
                summaries.forEach(s => s.click());
                return summaries.length;""");
        if (operations.intValue() > 0) {
            chromium.waitUntil("return document.querySelectorAll('#api-reference .opblock .opblock-body').length === "
                    + operations.intValue(), Duration.ofSeconds(20));
        }
    }
}
