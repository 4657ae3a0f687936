package dev.carriercontracts.mock.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The launcher's guards fire: a browser test cannot pass over a script error or a request to another machine. */
class HeadlessChromiumTest {

    @Test
    void a_script_error_and_a_request_leaving_the_machine_fail_the_checks() {
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            // 192.0.2.1 is TEST-NET-1: never routed, so the request goes nowhere, but the browser does send it
            String page = "<script>fetch('http://192.0.2.1/pixel.png').catch(() => {}); notAFunction();</script>";
            browser.open("data:text/html," + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> browser.requestedUrls().contains("http://192.0.2.1/pixel.png"));

            assertThatThrownBy(browser::assertNoConsoleErrors).hasMessageContaining("notAFunction");
            assertThatThrownBy(browser::assertNoRequestLeftLocalhost).hasMessageContaining("http://192.0.2.1/pixel.png");
        }
    }
}
