package dev.carriercontracts.docs;

import java.util.Map;

/** {@code mock-server.html}: how to run the mock, every carrier's magic values, the states an entity can be forced into, the admin API. */
final class MockServerPage {

    private final Template template = Template.load("mock-server.html");

    String render(Layout layout, Site site) {
        StringBuilder rows = new StringBuilder();
        StringBuilder magic = new StringBuilder();
        StringBuilder machines = new StringBuilder();
        for (Site.Carrier carrier : site.carriers()) {
            CarrierSpec spec = carrier.spec();
            rows.append("<tr><td><a href=\"").append(carrier.href()).append("\">").append(Html.escape(carrier.name()))
                    .append("</a></td><td>").append(spec.mockServer().map(s -> "<code>" + Html.escape(s.url()) + "</code>")
                            .orElse("not served")).append("</td><td>").append(Fragments.authSummary(spec)).append("</td></tr>\n");
            if (!spec.magicValues().isEmpty()) {
                magic.append("<h3>").append(Html.escape(carrier.name())).append("</h3>\n")
                        .append(Fragments.magicValues(spec.magicValues()));
            }
            for (StateMachine machine : spec.stateMachines()) {
                machines.append("<tr><td><a href=\"").append(carrier.href()).append("#state-machines\">")
                        .append(Html.escape(machine.name())).append("</a></td><td><code>")
                        .append(Html.escape(carrier.spec().id())).append("</code></td><td><code>")
                        .append(Html.escape(machine.kind())).append("</code></td><td>")
                        .append(String.join(", ", machine.states().stream().map(st -> "<code>" + Html.escape(st) + "</code>")
                                .toList())).append("</td></tr>\n");
            }
        }
        StringBuilder admin = new StringBuilder();
        for (Operation op : site.admin().operations()) {
            admin.append("<tr><td>").append(Fragments.methodBadge(op.method())).append("</td><td><code>")
                    .append(Html.escape(op.path())).append("</code></td><td><code>").append(Html.escape(op.operationId()))
                    .append("</code></td><td>").append(Html.escape(op.summary())).append("</td></tr>\n");
        }
        String body = template.render(Map.of(
                "carrierRows", rows.toString(),
                "magicValues", magic.isEmpty() ? "<p>No spec declares magic values (<code>x-mock-magic-values</code>) yet.</p>"
                        : magic.toString(),
                "stateMachines", machines.isEmpty()
                        ? "<p>No spec declares a state machine (<code>x-state-machines</code>) yet.</p>"
                        : "<table>\n<thead><tr><th>State machine</th><th>Carrier</th><th>Entity kind</th><th>States</th></tr></thead>\n"
                        + "<tbody>\n" + machines + "</tbody>\n</table>\n",
                "adminUrl", Html.escape(site.admin().exampleServer().map(Server::url).orElse("/__admin")),
                "adminOperations", admin.toString()));
        return layout.render("mock-server.html", "Mock server", "", body, "");
    }
}
