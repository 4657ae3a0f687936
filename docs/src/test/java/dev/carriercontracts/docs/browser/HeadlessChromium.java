package dev.carriercontracts.docs.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven by its ChromeDriver, for browser tests: it records the console errors and
 * every URL the pages request, and takes full-page screenshots.
 *
 * <pre>{@code
 * try (HeadlessChromium chromium = HeadlessChromium.launchOrSkip()) {
 *     chromium.open("http://127.0.0.1:" + port + "/docs/index.html");
 *     chromium.waitUntil("return document.readyState === 'complete'", Duration.ofSeconds(10));
 *     chromium.assertNoConsoleErrors();
 *     chromium.assertNoRequestLeftLocalhost();
 *     chromium.screenshot(Path.of("target/screenshots/index.png"));
 * }
 * }</pre>
 *
 * <p>Where Chromium is not installed, {@link #launchOrSkip()} and {@link #assumeInstalled()} skip the test with a
 * banner on stderr, or fail it when {@value #REQUIRED_ENV}{@code =true} (CI sets it).
 *
 * <p>Nothing is downloaded: the browser and driver are the machine's ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}, or the system properties {@code chromium.binary} / {@code chromedriver.binary}),
 * given explicitly so Selenium Manager never runs, and the logs come through ChromeDriver's own
 * {@code goog:loggingPrefs} rather than Selenium's version-matched DevTools artifacts. Each instance has a fresh
 * profile, deleted on {@link #close()}.
 */
public final class HeadlessChromium implements AutoCloseable {

    /** CI sets it to {@code true}: there a missing browser fails the tests instead of skipping them. */
    public static final String REQUIRED_ENV = "BROWSER_TESTS_REQUIRED";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Selenium looks for DevTools classes matching the browser and warns when there are none: none are used here. */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            java.util.logging.Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final ChromeDriver driver;
    private final Path profile;
    private final List<String> requested = new ArrayList<>();
    private final List<String> consoleErrors = new ArrayList<>();

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Path chromiumBinary() {
        return Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    }

    public static Path chromedriverBinary() {
        return Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    }

    /** Why no browser can be started here, if it cannot. */
    public static Optional<String> unavailableReason() {
        List<String> missing = Stream.of(chromiumBinary(), chromedriverBinary())
                .filter(p -> !Files.isExecutable(p)).map(Path::toString).toList();
        return missing.isEmpty() ? Optional.empty() : Optional.of("not found: " + String.join(", ", missing)
                + " (Debian packages chromium and chromium-driver)");
    }

    /** Whether Chromium and its driver are installed here. */
    public static boolean installed() {
        return unavailableReason().isEmpty();
    }

    /**
     * Skips the calling test with a visible message when Chromium is not installed; when
     * {@value #REQUIRED_ENV}{@code =true}, a missing browser fails it instead. A class that starts one browser
     * for all its tests calls it in each test (e.g. in {@code @BeforeEach}), so that each reports itself skipped.
     */
    public static void assumeInstalled() {
        Optional<String> unavailable = unavailableReason();
        if (unavailable.isEmpty()) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv(REQUIRED_ENV))) {
            throw new IllegalStateException("Browser tests are required (" + REQUIRED_ENV + "=true) but Chromium is "
                    + unavailable.get());
        }
        String message = "BROWSER TESTS SKIPPED: Chromium " + unavailable.get()
                + ". Install them (apt-get install chromium chromium-driver) to run these tests.";
        System.err.println("=".repeat(message.length()) + "\n" + message + "\n" + "=".repeat(message.length()));
        Assumptions.abort(message);
    }

    /** Starts the browser, or skips the calling test as {@link #assumeInstalled()} does. */
    public static HeadlessChromium launchOrSkip() {
        assumeInstalled();
        return launch();
    }

    /** Starts the browser; fails if it cannot. */
    public static HeadlessChromium launch() {
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
        Path profile;
        try {
            profile = Files.createTempDirectory("headless-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromiumBinary().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--disable-extensions", "--window-size=1280,900", "--lang=en-US",
                "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriverBinary().toFile())
                .usingAnyFreePort()
                .build();
        try {
            return new HeadlessChromium(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Waits until the script (a function body) returns {@code true}. */
    public void waitUntil(String script, Duration timeout) {
        new WebDriverWait(driver, timeout).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script)));
    }

    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** The console errors (level SEVERE) since the browser started, including failed resource loads. */
    public List<String> consoleErrors() {
        drainLogs();
        return List.copyOf(consoleErrors);
    }

    /** Every URL the pages requested since the browser started. */
    public List<String> requestedUrls() {
        drainLogs();
        return List.copyOf(requested);
    }

    /**
     * The requested URLs on any host but this machine's loopback. Inline ({@code data:}, {@code blob:}) and the
     * browser's own ({@code chrome:}, e.g. its new-tab page as it starts) URLs stay local.
     */
    public List<String> requestsLeavingLocalhost() {
        return requestedUrls().stream().filter(HeadlessChromium::leavesLocalhost).toList();
    }

    /** Forgets the logs so far: the next page's checks see only its own. */
    public void clearLogs() {
        drainLogs();
        consoleErrors.clear();
        requested.clear();
    }

    /** Fails on any message the pages logged as an error (a script error, a failed load), listing them. */
    public void assertNoConsoleErrors() {
        assertThat(consoleErrors()).as("errors in the browser console").isEmpty();
    }

    /** Fails on any request to another machine than this one (a CDN, a font, a tracker...), listing them. */
    public void assertNoRequestLeftLocalhost() {
        assertThat(requestsLeavingLocalhost()).as("requests leaving localhost").isEmpty();
    }

    /** The text of every element the CSS selector finds, whitespace collapsed (zero-width spaces dropped). */
    @SuppressWarnings("unchecked")
    public List<String> texts(String selector) {
        return (List<String>) script("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(e => e.textContent.replace(/\\u200b/g, '').replace(/\\s+/g, ' ').trim())", selector);
    }

    public static boolean leavesLocalhost(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (Stream.of("data:", "blob:", "about:", "javascript:", "chrome:", "chrome-untrusted:", "devtools:")
                .anyMatch(lower::startsWith)) {
            return false;
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return true;
        }
        return uri.getHost() == null || !LOCAL_HOSTS.contains(uri.getHost().toLowerCase(java.util.Locale.ROOT));
    }

    /** The whole page, not only the window, as a PNG. */
    public Path screenshot(Path file) {
        // from the top, so that a sticky header is drawn where it belongs on the full-page picture
        script("window.scrollTo(0, 0)");
        Number width = (Number) script("return document.documentElement.scrollWidth");
        Number height = (Number) script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private void drainLogs() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(entry.getMessage());
            }
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                if ("Network.requestWillBeSent".equals(message.path("method").asText())) {
                    requested.add(message.path("params").path("request").path("url").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable performance log entry: " + entry.getMessage(), e);
            }
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a profile Chromium still writes to as it exits: the temp folder is cleaned by the OS
        }
    }
}
