package dev.carriercontracts.mock.http;

import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.TestServers;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The reserved static sites (/docs, /__admin/console) are served from the classpath when present. */
class StaticSitesTest {

    private static HttpResponse<String> get(MockServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_site_on_the_classpath_is_served_under_its_path() throws Exception {
        // the docs site, from the carrier-docs jar (DocsSiteTest checks all of it)
        try (MockServer server = TestServers.started()) {
            HttpResponse<String> docs = get(server, "/docs/index.html");

            assertThat(docs.statusCode()).isEqualTo(200);
            assertThat(docs.body()).contains("<h1>Carrier contracts</h1>");
        }
    }

    @Test
    void the_web_console_is_served_under_the_admin_api() throws Exception {
        try (MockServer server = TestServers.started()) {
            HttpResponse<String> console = get(server, "/__admin/console/");

            assertThat(console.statusCode()).isEqualTo(200);
            assertThat(console.body()).contains("<title>Carrier mock console</title>");
            assertThat(get(server, "/__admin/console/js/main.js").headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        }
    }

    @Test
    void the_console_without_its_trailing_slash_redirects_to_it() throws Exception {
        try (MockServer server = TestServers.started()) {
            HttpResponse<String> console = get(server, "/__admin/console");

            // like /docs: a slash-less URL would resolve the pages' relative links one level too high
            assertThat(console.statusCode()).isEqualTo(301);
            assertThat(console.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/__admin/console/"));
        }
    }

    @Test
    void a_file_no_site_has_is_an_admin_not_found() throws Exception {
        try (MockServer server = TestServers.started()) {
            HttpResponse<String> missing = get(server, "/__admin/console/nothing.html");

            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("\"error\":\"not_found\"");
        }
    }
}
