package dev.carriercontracts.docs;

import java.util.List;
import java.util.Map;

/** The frame every page shares: head, top navigation, footer. Links are relative, so the site works in any folder. */
final class Layout {

    /** A page's file name and its name in the navigation. */
    record Link(String href, String name) {
    }

    private final Template page = Template.load("page.html");
    private final List<Link> nav;
    private final String version;

    Layout(List<Link> nav, String version) {
        this.nav = List.copyOf(nav);
        this.version = version;
    }

    /**
     * @param stylesheets extra {@code <link>}s, before the site's own stylesheet (which may override them)
     * @param scripts     {@code <script>}s at the end of the body
     */
    String render(String href, String title, String stylesheets, String body, String scripts) {
        StringBuilder links = new StringBuilder();
        for (Link link : nav) {
            links.append("<a href=\"").append(Html.escape(link.href())).append('"')
                    .append(link.href().equals(href) ? " aria-current=\"page\"" : "")
                    .append('>').append(Html.escape(link.name())).append("</a>");
        }
        return page.render(Map.of("title", Html.escape(title), "nav", links.toString(), "stylesheets", stylesheets,
                "body", body, "scripts", scripts, "version", Html.escape(version)));
    }

    static String script(String src) {
        return "<script src=\"" + Html.escape(src) + "\"></script>\n";
    }

    static String stylesheet(String href) {
        return "<link rel=\"stylesheet\" href=\"" + Html.escape(href) + "\">\n";
    }
}
