package dev.carriercontracts.mock.http;

import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The docs site (the {@code carrier-docs} jar's {@code mock-server/docs/}) is served under {@code /docs}: the
 * index, every page it links to, and every file those pages load, each with its content type.
 */
class DocsSiteTest {

    private static final Pattern PAGE_LINK = Pattern.compile("href=\"([a-z0-9-]+\\.html)\"");
    private static final Pattern LOADED_FILE = Pattern.compile("(?:src|href)=\"((?:assets|specs)/[^\"#?]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static MockServer server;

    @BeforeAll
    static void start() {
        server = TestServers.started();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_index_is_served_as_html() throws Exception {
        HttpResponse<String> index = get("/docs/index.html");

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(index.body()).contains("<h1>Carrier contracts</h1>", "CNExpress", "TrackingMore", "CDEK");
    }

    @Test
    void the_folder_itself_answers_the_index() throws Exception {
        HttpResponse<String> folder = get("/docs/");

        assertThat(folder.statusCode()).isEqualTo(200);
        assertThat(folder.body()).contains("<h1>Carrier contracts</h1>");
    }

    @Test
    void the_folder_without_its_slash_redirects_to_the_folder_so_that_relative_links_resolve() throws Exception {
        HttpResponse<String> folder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/docs")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(folder.statusCode()).isEqualTo(301);
        assertThat(folder.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/docs/"));
    }

    @Test
    void every_page_the_index_links_to_is_served_as_html() throws Exception {
        List<String> pages = pages();

        assertThat(pages).contains("cnexpress.html", "trackingmore.html", "cj.html", "package-tracking.html", "cdek.html",
                "mock-server.html", "mock-admin.html");
        for (String page : pages) {
            HttpResponse<String> response = get("/docs/" + page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(page)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        }
    }

    @Test
    void every_script_stylesheet_and_spec_a_page_loads_is_served_with_its_content_type() throws Exception {
        Set<String> files = new LinkedHashSet<>();
        for (String page : pages()) {
            Matcher loaded = LOADED_FILE.matcher(get("/docs/" + page).body());
            while (loaded.find()) {
                files.add(loaded.group(1));
            }
        }

        assertThat(files).contains("assets/site.css", "assets/swagger-ui/swagger-ui-bundle.js",
                "assets/swagger-ui/swagger-ui.css", "specs/cnexpress.js", "specs/cnexpress.yaml");
        for (String file : files) {
            HttpResponse<String> response = get("/docs/" + file);
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(response.body()).as(file).isNotEmpty();
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (file.endsWith(".js")) {
                assertThat(type).as(file).matches("(text|application)/javascript.*");
            } else if (file.endsWith(".css")) {
                assertThat(type).as(file).startsWith("text/css");
            } else if (file.endsWith(".svg")) {
                assertThat(type).as(file).startsWith("image/svg+xml");
            }
        }
    }

    private static List<String> pages() throws Exception {
        Set<String> pages = new LinkedHashSet<>();
        Matcher links = PAGE_LINK.matcher(get("/docs/index.html").body());
        while (links.find()) {
            pages.add(links.group(1));
        }
        return new ArrayList<>(pages);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
