package dev.carriercontracts.docs.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What counts as a request leaving this machine, and that a browser test cannot pass over one or a script error. */
class HeadlessChromiumTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:4567/docs/index.html", "http://localhost/a.js", "https://[::1]:8443/x",
            "data:image/svg+xml;charset=utf-8,<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "blob:http://127.0.0.1/uuid",
            "about:blank", "chrome://new-tab-page/modules/module_wrapper.css.js", "chrome-untrusted://new-tab-page/x"})
    void requests_to_loopback_inline_data_and_the_browsers_own_pages_stay_local(String url) {
        assertThat(HeadlessChromium.leavesLocalhost(url)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://validator.swagger.io/validator", "https://fonts.googleapis.com/css?family=Open+Sans",
            "http://192.168.1.10/x.js", "wss://example.com/socket", "//cdn.example.com/x.js", "not a url"})
    void requests_to_any_other_host_leave_localhost(String url) {
        assertThat(HeadlessChromium.leavesLocalhost(url)).isTrue();
    }

    @Test
    void a_script_error_and_a_request_to_a_host_not_counted_local_fail_the_checks() {
        try (HeadlessChromium chromium = HeadlessChromium.launchOrSkip()) {
            // 127.0.0.2 stays on this machine's loopback, yet is not one of the hosts the check counts as local:
            // the browser sends the request and the check must name it (no request ever leaves the machine)
            String page = "<script>fetch('http://127.0.0.2/pixel.png').catch(() => {}); notAFunction();</script>";
            chromium.open("data:text/html," + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20"));
            new WebDriverWait(chromium.driver(), Duration.ofSeconds(10))
                    .until(d -> chromium.requestedUrls().contains("http://127.0.0.2/pixel.png"));

            assertThatThrownBy(chromium::assertNoConsoleErrors).hasMessageContaining("notAFunction");
            assertThatThrownBy(chromium::assertNoRequestLeftLocalhost).hasMessageContaining("http://127.0.0.2/pixel.png");
        }
    }
}
