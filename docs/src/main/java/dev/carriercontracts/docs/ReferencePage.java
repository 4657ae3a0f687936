package dev.carriercontracts.docs;

import java.util.Map;

/**
 * {@code <spec>.html}: one API. What it is, where, how to authenticate and get a client, its state machines
 * and magic values, then the interactive reference of every operation (Swagger UI, fed the embedded spec).
 */
final class ReferencePage {

    private final Template template = Template.load("reference.html");

    /** @param client the carrier's client, or {@code null} for the admin API */
    String render(Layout layout, Site site, String href, String name, CarrierSpec spec, SiteContents.Client client) {
        StringBuilder facts = new StringBuilder();
        if (!spec.realServers().isEmpty()) {
            facts.append(fact("Base URLs", Fragments.servers(spec.realServers())));
        }
        spec.mockServer().ifPresent(mock -> facts.append(fact("Mock server",
                "<code>" + Html.escape(mock.url()) + "</code> (<a href=\"mock-server.html\">carrier-mock-server</a>)")));
        facts.append(fact("Authentication", Fragments.authDetails(spec)));
        if (client != null) {
            facts.append(fact("Client", "<div class=\"client\">" + Fragments.dependency(site.contents(), site.version(), client)
                    + Fragments.clientExample(client, spec) + "</div><p class=\"hint\">Or import the BOM "
                    + "<code>" + Html.escape(site.contents().bomArtifactId()) + "</code> to pin every client at one version:"
                    + " see <a href=\"index.html#clients\">Use a client</a>.</p>"));
        }
        facts.append(fact("Operations", spec.operations().size() + " (listed below)"));

        String machines = spec.stateMachines().isEmpty() ? ""
                : "<section id=\"state-machines\">\n<h2>State machines</h2>\n"
                + "<p class=\"hint\">From the spec's <code>x-state-machines</code>; the mock server runs exactly these.</p>\n"
                + Fragments.stateMachines(spec.stateMachines()) + "</section>\n";
        String magic = spec.magicValues().isEmpty() ? ""
                : "<section id=\"magic-values\">\n<h2>Mock server magic values</h2>\n"
                + Fragments.magicValues(spec.magicValues()) + "</section>\n";

        String body = template.render(Map.of(
                "name", Html.escape(name),
                "title", Html.escape(spec.title()),
                "specVersion", Html.escape(spec.version()),
                "summary", Html.markdown(spec.summary()),
                "facts", facts.toString(),
                "stateMachines", machines,
                "magicValues", magic,
                "description", Html.markdown(spec.description()),
                "specId", Html.escape(spec.id())));
        String scripts = Layout.script("specs/" + spec.id() + ".js")
                + Layout.script("assets/swagger-ui/swagger-ui-bundle.js")
                + Layout.script("assets/reference.js")
                + (spec.stateMachines().isEmpty() ? ""
                : Layout.script("assets/mermaid/mermaid.min.js") + Layout.script("assets/diagrams.js"));
        return layout.render(href, name, Layout.stylesheet("assets/swagger-ui/swagger-ui.css"), body, scripts);
    }

    private static String fact(String name, String html) {
        return "<tr><th>" + Html.escape(name) + "</th><td>" + html + "</td></tr>\n";
    }
}
