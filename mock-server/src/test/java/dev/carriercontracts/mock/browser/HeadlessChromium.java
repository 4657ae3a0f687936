package dev.carriercontracts.mock.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven by its chromedriver, for end-to-end tests of pages served on
 * localhost. Nothing is looked up or downloaded: both binaries are given by path (so Selenium
 * Manager never runs), the profile is a fresh temporary directory, and Chromium's own background
 * traffic is switched off. It records what the page logs and every request it sends, so a test
 * can fail on a console error or on a request leaving the machine.
 *
 * <p>When Chromium is not installed, {@link #assumeInstalled()} and {@link #start()} skip the test
 * with a visible message, or fail it when {@code BROWSER_TESTS_REQUIRED=true} (CI sets it).
 */
public final class HeadlessChromium implements AutoCloseable {

    /** Debian's paths; {@code -Dbrowser.chromium=...} and {@code -Dbrowser.chromedriver=...} point elsewhere. */
    public static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NETWORK_SCHEMES = Set.of("http", "https", "ws", "wss", "ftp");

    private final ChromeDriver driver;
    private final Path profile;
    private final List<String> consoleErrors = new ArrayList<>();
    private final List<String> requestedUrls = new ArrayList<>();

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Whether both binaries are installed. */
    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * Skips the calling test when Chromium is not installed, saying so on stderr, or
     * fails it when {@code BROWSER_TESTS_REQUIRED=true}. Call it per test so each shows as skipped.
     */
    public static void assumeInstalled() {
        if (installed()) {
            return;
        }
        String message = "Chromium not found (" + CHROMIUM + ", " + CHROMEDRIVER + "): install Debian's chromium and "
                + "chromium-driver packages, or run .ci/run";
        if ("true".equals(System.getenv("BROWSER_TESTS_REQUIRED"))) {
            throw new AssertionError("BROWSER_TESTS_REQUIRED=true, but " + message);
        }
        System.err.println(">>> BROWSER TEST SKIPPED: " + message);
        Assumptions.abort("BROWSER TEST SKIPPED: " + message);
    }

    /** Starts a browser with a 1400x1000 window; see {@link #assumeInstalled()} for a machine without Chromium. */
    public static HeadlessChromium start() {
        assumeInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1400,1000");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** The whole page, not only the window, as a PNG at {@code file}. */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            // from the top, so a sticky header is drawn where it belongs on the full-page picture
            driver.executeScript("window.scrollTo(0, 0)");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true));
            byte[] png = shot.get("data") instanceof String data ? Base64.getDecoder().decode(data)
                    : driver.getScreenshotAs(OutputType.BYTES);
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SEVERE messages of the page's console (errors, failed loads) since the start. */
    public List<String> consoleErrors() {
        drainLogs();
        return List.copyOf(consoleErrors);
    }

    /** Every URL the page requested since the start (from Chromium's network events). */
    public List<String> requestedUrls() {
        drainLogs();
        return List.copyOf(requestedUrls);
    }

    /** Fails on any message the page logged as an error (a script error, a failed load). */
    public void assertNoConsoleErrors() {
        assertThat(consoleErrors()).as("errors in the browser console").isEmpty();
    }

    /** Fails on any request to another machine than this one (a CDN, a font, a tracker...). */
    public void assertNoRequestLeftLocalhost() {
        assertThat(requestedUrls()).as("requests the page sent").allSatisfy(url -> assertThat(isLocal(url))
                .as("%s stays on this machine", url).isTrue());
    }

    /** Network URLs must go to a loopback host; chrome://, data:, blob: and about: never leave the browser. */
    private static boolean isLocal(String url) {
        URI uri = URI.create(url);
        if (!NETWORK_SCHEMES.contains(String.valueOf(uri.getScheme()))) {
            return true;
        }
        String host = uri.getHost();
        return host != null && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"));
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
                if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                    requestedUrls.add(message.path("params").path("request").path("url").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
