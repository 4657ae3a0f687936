package dev.carriercontracts.mock.console;

import dev.carriercontracts.docs.browser.HeadlessChromium;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.carrier.CarrierModuleFactory;
import dev.carriercontracts.mock.clock.ClockMode;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.cnexpress.CnExpressModule;
import dev.carriercontracts.mock.support.TestServers;
import dev.carriercontracts.mock.testcarrier.AuthStyle;
import dev.carriercontracts.mock.testcarrier.TestCarrier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web console in headless Chromium, as a QA engineer uses it, on a server with the real
 * CNExpress module and the test carrier (as package-tracking): entities created through their
 * APIs, then the clock advanced, a state forced, the journal read, a fault added and everything
 * reset by clicking, each step checked on what the page shows and kept as a screenshot in
 * {@code target/screenshots/console-*.png}.
 */
class WebConsoleAcceptanceTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static HeadlessChromium browser;
    private static MockServer server;
    private static CarrierClient alice;
    private static CarrierClient cnexpress;
    private static WebDriver page;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        if (!HeadlessChromium.installed()) {
            return; // each test then reports itself skipped (or failed, in CI)
        }
        browser = HeadlessChromium.launch();
        server = MockServer.builder()
                .host("127.0.0.1")
                .port(0)
                .config(TestServers.config(""))
                .clock(MockClock.virtual(TestServers.START))
                .modules(CarrierModuleFactory.of(Carrier.CNEXPRESS, CnExpressModule::new),
                        TestCarrier.as(TestServers.CARRIER, AuthStyle.BASIC))
                .build()
                .start();
        alice = new CarrierClient(server.baseUrl(TestServers.CARRIER), "alice", "alice-secret");
        cnexpress = new CarrierClient(server.baseUrl(Carrier.CNEXPRESS), "my_username", "my_password");
        page = browser.driver();
        wait = new WebDriverWait(page, Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void freshServer() {
        HeadlessChromium.assumeInstalled();
        server.admin().resetAll();
        server.admin().setClock(ClockMode.VIRTUAL, TestServers.START);
    }

    @AfterEach
    void nothingFailedAndNothingLeftTheMachine() {
        if (browser == null) {
            return;
        }
        browser.assertNoConsoleErrors();
        browser.assertNoRequestLeftLocalhost();
    }

    private static String parcel(String reference) {
        return alice.post("/parcels", "{\"reference\": \"" + reference + "\", \"weight_grams\": 500}").path("id").asText();
    }

    /** A CNExpress order request of one package of 6 tins (the seed's first package); its request_no. */
    private static String cnexpressRequest(String orderNo) {
        String order = """
                {"route_code": "cnpost", "order_no": "%s", "packages": [{
                  "package_no": "1", "sender_name": "发件人1", "sender_phone_number": "01234567", "sender_address": "发件人地址测试英国地址",
                  "receiver_name": "张三", "receiver_phone_number": "12345678911", "receiver_address": "黄浦江路33号",
                  "receiver_city": "黄山市", "receiver_post_code": "200000", "receiver_id_number": "X40192928323",
                  "weight": "4.00", "length": 20, "width": 20, "height": 20,
                  "items": [{"barcode": "5000378998287", "count": 6}]}]}
                """.formatted(orderNo);
        return cnexpress.post("/requests", order).path("request_no").asText();
    }

    private static void openConsole() {
        browser.open(server.baseUrl() + "/__admin/console");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("health"), "UP"));
    }

    private static void screenshot(String step) {
        browser.screenshot(SCREENSHOTS.resolve("console-" + step + ".png"));
    }

    private static By entityRow(String id) {
        return By.cssSelector("tr.entity-row[data-id='" + id + "']");
    }

    private static String stateOf(String id) {
        return page.findElement(entityRow(id)).findElement(By.cssSelector(".entity-state")).getText();
    }

    private static void waitForState(String id, String state) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("tr.entity-row[data-id='" + id + "'] .entity-state"), state));
    }

    private static void clickTwice(By confirmingButton) {
        page.findElement(confirmingButton).click();
        wait.until(ExpectedConditions.attributeContains(confirmingButton, "class", "armed"));
        page.findElement(confirmingButton).click();
    }

    @Test
    void the_overview_shows_each_carrier_with_its_base_url_accounts_and_operations() {
        openConsole();

        WebElement card = page.findElement(By.cssSelector(".carrier-card[data-carrier='package-tracking']"));
        assertThat(card.findElement(By.tagName("h3")).getText()).isEqualTo("Package tracking");
        assertThat(card.findElement(By.cssSelector(".base-url")).getText()).isEqualTo(server.baseUrl(TestServers.CARRIER));
        assertThat(card.findElements(By.cssSelector(".account-id"))).extracting(WebElement::getText).containsExactly("alice", "bob");
        assertThat(card.findElements(By.cssSelector(".account-secret"))).extracting(WebElement::getText)
                .containsExactly("alice-secret", "bob-secret");
        assertThat(card.findElement(By.cssSelector(".attributes")).getText()).isEqualTo("tier=gold");
        assertThat(card.findElement(By.cssSelector(".operation-count")).getText()).isEqualTo("8");
        assertThat(card.findElement(By.cssSelector("[data-copy='alice-secret']")).getText()).isEqualTo("Copy");
        assertThat(page.findElement(By.id("clock-now")).getText()).isEqualTo("2026-01-01 00:00:00 UTC");
        assertThat(page.findElement(By.id("clock-mode")).getText()).isEqualTo("virtual · frozen");

        card.findElement(By.cssSelector(".operations summary")).click();
        assertThat(card.findElement(By.cssSelector(".operation-list")).getText()).contains("POST", "/parcels/{parcel_id}", "createParcel");
        screenshot("1-overview");
    }

    @Test
    void advancing_the_clock_moves_a_parcel_through_its_states() {
        String id = parcel("R-CLOCK");
        openConsole();
        waitForState(id, "CREATED");

        page.findElement(By.cssSelector("button[data-duration='PT10M']")).click();

        waitForState(id, "IN_TRANSIT");
        assertThat(page.findElement(By.id("clock-now")).getText()).isEqualTo("2026-01-01 00:10:00 UTC");
        page.findElement(entityRow(id)).click();
        WebElement timeline = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".timeline-row .timeline")));
        assertThat(timeline.findElements(By.cssSelector(".step .badge"))).extracting(WebElement::getText)
                .containsExactly("CREATED", "IN_TRANSIT");
        assertThat(timeline.getText()).contains("2026-01-01 00:00:00", "2026-01-01 00:10:00", "+10 min");
        screenshot("2-clock-advanced");

        page.findElement(By.id("advance-by")).sendKeys("pt50m");
        page.findElement(By.id("advance")).click();

        waitForState(id, "DELIVERED");
        assertThat(page.findElement(By.id("clock-now")).getText()).isEqualTo("2026-01-01 01:00:00 UTC");
        assertThat(page.findElement(By.cssSelector(".timeline-row .timeline")).findElements(By.cssSelector(".step .badge")))
                .extracting(WebElement::getText).containsExactly("CREATED", "IN_TRANSIT", "DELIVERED");
        assertThat(page.findElement(By.cssSelector(".timeline-row .next")).getText()).contains("Final state");
        screenshot("3-clock-typed-duration");
    }

    @Test
    void forcing_a_state_shows_the_parcel_in_it() {
        parcel("R-KEEP");
        String lost = parcel("R-LOSE");
        openConsole();
        waitForState(lost, "CREATED");

        WebElement row = page.findElement(entityRow(lost));
        Select states = new Select(row.findElement(By.cssSelector(".force-select")));
        assertThat(states.getOptions()).extracting(WebElement::getText)
                .containsExactly("Choose…", "IN_TRANSIT", "DELIVERED", "CANCELLED", "LOST");
        states.selectByValue("LOST");
        row.findElement(By.cssSelector(".force-button")).click();

        waitForState(lost, "LOST");
        assertThat(page.findElement(By.id("toasts")).getText()).contains(lost + " forced into LOST");
        assertThat(server.admin().entities(TestServers.CARRIER)).filteredOn(e -> e.id().equals(lost))
                .extracting(e -> e.state()).containsExactly("LOST");
        assertThat(page.findElements(By.cssSelector(".entity-block[data-carrier='package-tracking'] tr.entity-row")))
                .extracting(r -> r.getAttribute("data-state")).containsExactly("CREATED", "LOST");
        page.findElement(entityRow(lost)).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".timeline-row"))).getText())
                .contains("CREATED", "LOST");
        screenshot("4-state-forced");
    }

    @Test
    void the_journal_shows_each_request_and_its_body_only_as_text() {
        String script = "<img src=x onerror=\\\"window.pwned=1\\\">";
        alice.post("/parcels", "{\"reference\": \"R-XSS\", \"weight_grams\": 1, \"note\": \"" + script + "\"}");
        assertThat(new CarrierClient(server.baseUrl(TestServers.CARRIER), "bob", "bob-secret").get("/parcels")).isEqualTo(200);
        assertThat(new CarrierClient(server.baseUrl(TestServers.CARRIER), null, null).get("/parcels")).isEqualTo(401);
        openConsole();

        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tr.journal-row"), 3));
        List<WebElement> rows = page.findElements(By.cssSelector("tr.journal-row"));
        assertThat(rows).extracting(r -> r.getAttribute("data-operation")).containsExactly("listParcels", "listParcels", "createParcel");
        assertThat(rows.get(2).getText()).contains("2026-01-01 00:00:00", "Package tracking", "createParcel",
                "POST /package-tracking/v1/parcels", "alice", "201", "ms");
        assertThat(rows.get(0).getText()).contains("401");

        new Select(page.findElement(By.id("journal-status"))).selectByValue("4xx");
        assertThat(page.findElements(By.cssSelector("tr.journal-row"))).extracting(r -> r.getAttribute("data-status"))
                .containsExactly("401");
        new Select(page.findElement(By.id("journal-status"))).selectByValue("");
        page.findElement(By.cssSelector("tr.journal-row[data-operation='createParcel']")).click();

        WebElement details = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".detail-row")));
        assertThat(details.findElement(By.cssSelector("pre.body")).getText()).contains("\"note\": \"<img src=x onerror=\\\"window.pwned=1\\\">\"");
        assertThat(details.getText()).contains("Authorization", "Basic ****");
        assertThat(page.findElements(By.cssSelector("#journal img"))).isEmpty();
        assertThat(((JavascriptExecutor) page).executeScript("return window.pwned === undefined")).isEqualTo(true);
        screenshot("5-journal");
    }

    @Test
    void resetting_a_carrier_then_everything_empties_the_tables() {
        parcel("R-1");
        String second = parcel("R-2");
        String request = cnexpressRequest("CONSOLE-RESET");
        openConsole();
        waitForState(second, "CREATED");
        screenshot("6-before-reset");

        clickTwice(By.cssSelector(".carrier-card[data-carrier='package-tracking'] .btn-danger-ghost"));

        WebElement empty = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".entity-block[data-carrier='package-tracking'] .empty-row")));
        assertThat(empty.getText()).startsWith("No parcels stored.");
        assertThat(page.findElements(By.cssSelector("tr.entity-row"))).extracting(r -> r.getAttribute("data-key"))
                .containsExactly("cnexpress/request/" + request);
        assertThat(page.findElement(By.cssSelector(".carrier-card[data-carrier='package-tracking'] .entity-count")).getText())
                .isEqualTo("0 parcels");
        assertThat(page.findElements(By.cssSelector("tr.journal-row"))).hasSize(3);

        clickTwice(By.id("reset-all"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("journal-table"), "No requests recorded yet."));
        assertThat(page.findElements(By.cssSelector("tr.entity-row"))).isEmpty();
        assertThat(page.findElement(By.cssSelector(".entity-block[data-carrier='cnexpress'] .empty-row")).getText())
                .startsWith("No requests stored.");
        assertThat(server.journal().all()).isEmpty();
        screenshot("7-after-reset");
    }

    @Test
    void a_fault_added_in_the_console_answers_the_next_call_and_shows_in_the_journal() {
        openConsole();

        new Select(page.findElement(By.id("fault-carrier"))).selectByValue("package-tracking");
        new Select(page.findElement(By.id("fault-operation"))).selectByValue("createParcel");
        new Select(page.findElement(By.id("fault-type"))).selectByValue("error");
        page.findElement(By.id("fault-value")).sendKeys("503");
        page.findElement(By.id("fault-times")).sendKeys("1");
        page.findElement(By.cssSelector(".fault-form button[type='submit']")).click();

        WebElement rule = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#faults-table tr[data-fault]")));
        assertThat(rule.getText()).contains("Package tracking", "createParcel", "error 503", "100 %", "1 of 1");
        screenshot("8-fault-added");

        assertThat(alice.postForStatus("/parcels", "{\"reference\": \"R-FAULT\", \"weight_grams\": 1}")).isEqualTo(503);
        page.findElement(By.id("refresh")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("faults-table"), "No fault rule"));
        WebElement row = page.findElement(By.cssSelector("tr.journal-row[data-status='503']"));
        assertThat(row.getText()).contains("createParcel", "503", "fault: error");
        screenshot("9-fault-answered");
    }

    @Test
    void cnexpress_requests_move_through_their_real_states_and_can_be_failed() {
        String succeeding = cnexpressRequest("CONSOLE-1");
        String failing = cnexpressRequest("CONSOLE-2");
        openConsole();
        waitForState(failing, "Created");

        WebElement card = page.findElement(By.cssSelector(".carrier-card[data-carrier='cnexpress']"));
        assertThat(card.findElement(By.cssSelector(".base-url")).getText()).isEqualTo(server.baseUrl(Carrier.CNEXPRESS));
        assertThat(card.findElements(By.cssSelector(".account-id"))).extracting(WebElement::getText)
                .containsExactly("my_username", "your_username", "live_username", "poor_username");
        assertThat(card.findElement(By.cssSelector(".operation-count")).getText()).isEqualTo("12");
        assertThat(card.findElement(By.cssSelector(".entity-count")).getText()).isEqualTo("2 requests");

        Select states = new Select(page.findElement(entityRow(failing)).findElement(By.cssSelector(".force-select")));
        assertThat(states.getOptions()).extracting(WebElement::getText)
                .containsExactly("Choose…", "Waiting", "Succeeded", "Failed");
        states.selectByValue("Failed");
        page.findElement(entityRow(failing)).findElement(By.cssSelector(".force-button")).click();
        waitForState(failing, "Failed");

        page.findElement(By.cssSelector("button[data-duration='PT1M']")).click();

        waitForState(succeeding, "Succeeded");
        assertThat(stateOf(failing)).isEqualTo("Failed");
        page.findElement(entityRow(succeeding)).click();
        WebElement timeline = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".timeline-row .timeline")));
        assertThat(timeline.findElements(By.cssSelector(".step .badge"))).extracting(WebElement::getText)
                .containsExactly("Created", "Waiting", "Succeeded");
        assertThat(timeline.getText()).contains("2026-01-01 00:00:01", "+1 s", "2026-01-01 00:00:04", "+3 s");
        page.findElement(By.cssSelector("tr.journal-row[data-operation='createRequest']")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".detail-row pre.body"))).getText())
                .contains("\"receiver_city\": \"黄山市\"");
        screenshot("10-cnexpress");
    }
}
