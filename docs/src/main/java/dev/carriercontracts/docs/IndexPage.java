package dev.carriercontracts.docs;

import java.util.Map;

/** {@code index.html}: the carriers, what each does, where it is, how it authenticates, and how to get a client. */
final class IndexPage {

    private final Template template = Template.load("index.html");

    String render(Layout layout, Site site) {
        StringBuilder rows = new StringBuilder();
        StringBuilder clients = new StringBuilder();
        StringBuilder machines = new StringBuilder();
        for (Site.Carrier carrier : site.carriers()) {
            CarrierSpec spec = carrier.spec();
            rows.append("<tr><td><a href=\"").append(carrier.href()).append("\">").append(Html.escape(carrier.name()))
                    .append("</a><br><span class=\"count\">").append(spec.operations().size()).append(spec.operations().size() == 1 ? " operation" : " operations")
                    .append("</span></td><td>").append(Html.markdown(spec.summary())).append("</td><td>")
                    .append(Fragments.baseUrls(spec)).append("</td><td>").append(Fragments.authSummary(spec))
                    .append("</td></tr>\n");
            SiteContents.Client client = carrier.client();
            clients.append("<tr><td>").append(Html.escape(carrier.name())).append("</td><td><code>")
                    .append(Html.escape(client.artifactId())).append("</code></td><td><code>")
                    .append(Html.escape(client.create())).append("</code> returns a <code>")
                    .append(Html.escape(client.apiSimpleName())).append("</code></td></tr>\n");
            for (StateMachine machine : spec.stateMachines()) {
                machines.append("<li><a href=\"").append(carrier.href()).append("#state-machines\">")
                        .append(Html.escape(machine.name())).append("</a>: ")
                        .append(Html.escape(String.join(", ", machine.states()))).append("</li>\n");
            }
        }
        String stateMachines = machines.isEmpty()
                ? "<p>No spec declares a state machine (<code>x-state-machines</code>) yet.</p>"
                : "<p>Drawn on each carrier's page from the spec's <code>x-state-machines</code>, the same list the mock"
                + " server's state types are tested against.</p>\n<ul>\n" + machines + "</ul>";
        String body = template.render(Map.of(
                "carrierRows", rows.toString(),
                "stateMachines", stateMachines,
                "dependencySnippet", Fragments.dependencySnippet(site.contents(), site.version(),
                        site.carriers().stream().limit(1).map(c -> c.client().artifactId()).toList()),
                "clientRows", clients.toString()));
        return layout.render("index.html", "Carriers", "", body, "");
    }
}
