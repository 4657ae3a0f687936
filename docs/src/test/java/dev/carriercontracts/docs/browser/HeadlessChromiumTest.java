package dev.carriercontracts.docs.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as a request leaving this machine (no browser needed). */
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
}
