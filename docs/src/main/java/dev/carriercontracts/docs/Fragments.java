package dev.carriercontracts.docs;

import java.util.List;

/** HTML pieces more than one page shows: base URLs, auth, state machines, magic values, client snippets. */
final class Fragments {

    private Fragments() {
    }

    static String servers(List<Server> servers) {
        StringBuilder html = new StringBuilder("<ul>");
        for (Server server : servers) {
            html.append("<li><code>").append(Html.escape(server.url())).append("</code>");
            if (!server.description().isBlank()) {
                html.append(" <span class=\"mock\">").append(Html.inlineMarkdown(server.description())).append("</span>");
            }
            html.append("</li>");
        }
        return html.append("</ul>").toString();
    }

    /** The carrier's hosts, then the mock server's, as a list for a table cell. */
    static String baseUrls(CarrierSpec spec) {
        StringBuilder html = new StringBuilder("<ul>");
        for (Server server : spec.realServers()) {
            html.append("<li><code>").append(Html.escape(server.url())).append("</code></li>");
        }
        spec.mockServer().ifPresent(mock -> html.append("<li class=\"mock\">mock: <code>")
                .append(Html.escape(mock.url())).append("</code></li>"));
        return html.append("</ul>").toString();
    }

    static String authSummary(CarrierSpec spec) {
        if (spec.auth().isEmpty()) {
            return "none";
        }
        StringBuilder html = new StringBuilder();
        for (AuthScheme scheme : spec.auth()) {
            html.append(html.isEmpty() ? "" : "<br>").append(Html.inlineMarkdown(scheme.summary()));
        }
        return html.toString();
    }

    static String authDetails(CarrierSpec spec) {
        if (spec.auth().isEmpty()) {
            return "None.";
        }
        StringBuilder html = new StringBuilder();
        for (AuthScheme scheme : spec.auth()) {
            html.append("<p><strong>").append(Html.inlineMarkdown(scheme.summary())).append("</strong></p>")
                    .append(Html.markdown(scheme.description()));
        }
        return html.toString();
    }

    /** Each machine with its diagram (drawn in the page by Mermaid) and the states it starts and ends in. */
    static String stateMachines(List<StateMachine> machines) {
        StringBuilder html = new StringBuilder();
        for (StateMachine machine : machines) {
            html.append("<div class=\"machine\">\n<h3>").append(Html.escape(machine.name()));
            if (!machine.kind().isBlank()) {
                html.append(" <span class=\"count\">entity kind <code>").append(Html.escape(machine.kind()))
                        .append("</code></span>");
            }
            html.append("</h3>\n<p class=\"legend\">Starts in <code>").append(Html.escape(machine.initial()))
                    .append("</code>");
            if (!machine.finals().isEmpty()) {
                html.append("; ends in ").append(String.join(", ", machine.finals().stream()
                        .map(f -> "<code>" + Html.escape(f) + "</code>").toList()));
            }
            html.append(".</p>\n<pre class=\"mermaid\">\n").append(Html.escape(Mermaid.stateDiagram(machine)))
                    .append("</pre>\n</div>\n");
        }
        return html.toString();
    }

    static String magicValues(List<MagicValue> values) {
        StringBuilder html = new StringBuilder("<table class=\"magic\">\n<thead><tr><th>Field</th><th>Value</th>"
                + "<th>What the mock server does</th></tr></thead>\n<tbody>\n");
        for (MagicValue value : values) {
            html.append("<tr><td><code>").append(Html.escape(value.field())).append("</code></td><td><code>")
                    .append(Html.escape(value.value())).append("</code></td><td>")
                    .append(Html.inlineMarkdown(value.effect())).append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    static String dependencySnippet(SiteContents contents, String version, List<String> artifactIds) {
        StringBuilder xml = new StringBuilder("""
                <dependencyManagement>
                  <dependencies>
                    <dependency>
                      <groupId>%1$s</groupId>
                      <artifactId>%2$s</artifactId>
                      <version>%3$s</version>
                      <type>pom</type>
                      <scope>import</scope>
                    </dependency>
                  </dependencies>
                </dependencyManagement>

                <dependencies>
                """.formatted(contents.groupId(), contents.bomArtifactId(), version));
        for (String artifactId : artifactIds) {
            xml.append("""
                      <dependency>
                        <groupId>%s</groupId>
                        <artifactId>%s</artifactId>
                      </dependency>
                    """.formatted(contents.groupId(), artifactId));
        }
        xml.append("</dependencies>\n");
        return "<pre><code>" + Html.escape(xml.toString()) + "</code></pre>\n";
    }

    /** One client jar, with its version: what a carrier's page shows (the index shows the BOM). */
    static String dependency(SiteContents contents, String version, SiteContents.Client client) {
        String xml = """
                <dependency>
                  <groupId>%s</groupId>
                  <artifactId>%s</artifactId>
                  <version>%s</version>
                </dependency>
                """.formatted(contents.groupId(), client.artifactId(), version);
        return "<pre><code>" + Html.escape(xml) + "</code></pre>\n";
    }

    static String clientExample(SiteContents.Client client, CarrierSpec spec) {
        String baseUrl = spec.exampleServer().map(Server::url).orElse("...");
        String variable = Character.toLowerCase(client.apiSimpleName().charAt(0))
                + client.apiSimpleName().substring(1, client.apiSimpleName().length() - "Api".length());
        String java = "import " + client.factory() + ";\n"
                + "import " + client.api() + ";\n\n"
                + "String baseUrl = \"" + baseUrl + "\";" + (spec.mockServer().isPresent() ? "   // the mock server" : "") + "\n"
                + client.apiSimpleName() + " " + variable + " = " + client.create() + ";\n";
        return "<pre><code>" + Html.escape(java) + "</code></pre>\n";
    }

    static String methodBadge(String method) {
        return "<span class=\"method " + method.toLowerCase(java.util.Locale.ROOT) + "\">" + Html.escape(method) + "</span>";
    }
}
