package dev.carriercontracts.docs;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The site as files: what pages there are, what they say, and that every link stays inside the folder. */
class SiteBuilderTest {

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    private static final Pattern LOADED = Pattern.compile("<(?:script|link)[^>]*(?:href|src)=\"([^\"]*)\"");

    @TempDir
    static Path folder;
    private static Path site;
    private static List<String> pages;

    @BeforeAll
    static void build() throws IOException {
        site = folder.resolve("site");
        pages = new SiteBuilder("1.2.3", SpecSource.carrierSpecs(), TestSites.webjars()).build(site);
    }

    private static String page(String name) throws IOException {
        return Files.readString(site.resolve(name));
    }

    @Test
    void there_is_an_index_a_page_per_carrier_the_mock_server_and_its_admin_api() {
        assertThat(pages).containsExactly("index.html", "cnexpress.html", "trackingmore.html", "cj.html",
                "package-tracking.html", "cdek.html", "mock-server.html", "mock-admin.html");
    }

    @Test
    void the_index_lists_each_carrier_with_what_it_does_its_base_urls_and_its_auth() throws IOException {
        String index = page("index.html");

        assertThat(index).contains("<a href=\"cnexpress.html\">CNExpress</a>", "is a UK parcel carrier shipping to mainland China",
                "<code>https://cnexpress.co.uk/api/v1</code>", "mock: <code>http://localhost:8080/cnexpress/api/v1</code>",
                "HTTP Basic", "API key in the header <code>X-Api-Key</code>",
                "OAuth 2.0 client credentials (token from <code>https://api.cdek.ru/v2/oauth/token</code>)");
    }

    @Test
    void the_index_shows_how_to_depend_on_a_client() throws IOException {
        assertThat(page("index.html")).contains("&lt;artifactId&gt;carrier-clients-bom&lt;/artifactId&gt;",
                "&lt;version&gt;1.2.3&lt;/version&gt;", "<code>carrier-client-cdek</code>",
                "<code>CdekClient.create(baseUrl, &quot;my_client_id&quot;, &quot;my_client_secret&quot;)</code>");
    }

    @Test
    void a_carrier_page_has_its_client_snippet_its_description_and_its_reference() throws IOException {
        String cnexpress = page("cnexpress.html");

        assertThat(cnexpress).contains("&lt;artifactId&gt;carrier-client-cnexpress&lt;/artifactId&gt;",
                "import dev.carriercontracts.client.cnexpress.CnExpressClient;",
                "CnExpressApi cnExpress = CnExpressClient.create(baseUrl",
                "<h2>Choices made</h2>", "<div id=\"api-reference\" data-spec=\"cnexpress\">",
                "<script src=\"specs/cnexpress.js\"></script>");
        assertThat(site.resolve("specs/cnexpress.yaml")).hasSameTextualContentAs(
                Path.of("../specs/src/main/resources/carrier-specs/cnexpress.yaml"));
        assertThat(Files.readString(site.resolve("specs/cnexpress.js"))).startsWith("window.carrierSpec = {\"openapi\":\"3.0.3\"")
                .contains("\"operationId\":\"createRequest\"");
    }

    @Test
    void the_mock_server_page_lists_the_admin_api() throws IOException {
        assertThat(page("mock-server.html")).contains("<code>http://localhost:8080/__admin</code>",
                "<code>/clock/advance</code></td><td><code>advanceClock</code></td><td>Move the clock forward</td>",
                "NOT_DELIVERED-", "starts with FAIL");
    }

    @Test
    void every_link_is_relative_and_every_file_a_page_loads_is_in_the_folder() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            String html = page(page);
            Matcher loaded = LOADED.matcher(html);
            while (loaded.find()) {
                if (loaded.group(1).contains(":") || loaded.group(1).startsWith("/")) {
                    problems.add(page + " loads " + loaded.group(1));
                }
            }
            Matcher link = LINK.matcher(html);
            while (link.find()) {
                String target = link.group(1).replaceAll("#.*", "");
                if (target.isEmpty() || target.matches("(https?|mailto):.*")) {
                    continue;
                }
                if (target.startsWith("/") || !Files.isRegularFile(site.resolve(target))) {
                    problems.add(page + " links to " + link.group(1));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void pages_without_state_machines_do_not_load_the_diagram_renderer() throws IOException {
        assertThat(page("mock-admin.html")).doesNotContain("mermaid");
        assertThat(page("cnexpress.html")).contains("mermaid");
    }

    @Test
    void state_machines_are_drawn_and_magic_values_listed_where_a_spec_declares_them() throws IOException {
        assertThat(page("cnexpress.html")).contains("<h2>State machines</h2>", "<pre class=\"mermaid\">\nstateDiagram-v2\n",
                "s0 --&gt; s1 : after delays.waiting (default PT1S)", "<script src=\"assets/mermaid/mermaid.min.js\"></script>",
                "<h2>Mock server magic values</h2>", "<td><code>order_no</code></td><td><code>starts with FAIL</code></td>");
        assertThat(page("mock-server.html"))
                .contains("<a href=\"cdek.html#state-machines\">CDEK order</a>", "<h3>TrackingMore</h3>");
        assertThat(page("index.html"))
                .contains("<a href=\"cdek.html#state-machines\">CDEK order registration (CREATE request)</a>");
    }

    @Test
    void a_rebuild_replaces_the_earlier_site() throws IOException {
        Path out = folder.resolve("rebuilt");
        SiteBuilder builder = new SiteBuilder("1.2.3", SpecSource.carrierSpecs(), TestSites.webjars());
        builder.build(out);
        Files.writeString(out.resolve("old-page.html"), "stale");

        builder.build(out);

        assertThat(out.resolve("old-page.html")).doesNotExist();
        assertThat(out.resolve("index.html")).exists();
    }

    @Test
    void a_folder_holding_something_else_is_not_emptied(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("thesis.txt"), "precious");

        assertThatThrownBy(() -> new SiteBuilder("1.2.3", SpecSource.carrierSpecs(), TestSites.webjars()).build(out))
                .hasMessageContaining("holds no earlier build of this site");
        assertThat(out.resolve("thesis.txt")).hasContent("precious");
    }

    @Test
    void markdown_in_a_spec_cannot_inject_html() {
        assertThat(Html.markdown("**bold** <script>alert(1)</script> [x](javascript:alert(1))"))
                .isEqualTo("<p><strong>bold</strong> &lt;script&gt;alert(1)&lt;/script&gt; <a rel=\"nofollow\" href=\"\">x</a></p>");
    }
}
