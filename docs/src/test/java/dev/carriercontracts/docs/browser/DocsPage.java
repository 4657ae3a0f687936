package dev.carriercontracts.docs.browser;

import java.time.Duration;
import java.util.List;

/**
 * What a page of the docs site shows once a browser has rendered it, for the tests that load the site: the built
 * folder's ({@code SiteInBrowserIT}) and the mock server's {@code /docs} (its {@code DocsInBrowserTest}).
 */
public final class DocsPage {

    /** Rendered when the reference lists operations, every diagram is drawn, and nothing is still loading. */
    private static final String RENDERED = """
            const reference = document.getElementById('api-reference');
            return document.readyState === 'complete'
                && (!reference || reference.querySelectorAll('.opblock').length > 0)
                && Array.from(document.querySelectorAll('pre.mermaid')).every(p => p.querySelector('svg'));
            """;

    private DocsPage() {
    }

    /** Waits until the page open in the browser has rendered completely (at most 20 seconds). */
    public static void waitUntilRendered(HeadlessChromium chromium) {
        chromium.waitUntil(RENDERED, Duration.ofSeconds(20));
    }

    /** The operationIds the page's API reference lists. */
    public static List<String> operationIds(HeadlessChromium chromium) {
        return chromium.texts(".opblock-summary-operation-id");
    }

    /** The paths the page's API reference lists, one per operation. */
    public static List<String> paths(HeadlessChromium chromium) {
        return chromium.texts(".opblock-summary-path, .opblock-summary-path__deprecated");
    }

    /** The text of each state diagram drawn on the page. */
    public static List<String> diagrams(HeadlessChromium chromium) {
        return chromium.texts("pre.mermaid svg");
    }
}
