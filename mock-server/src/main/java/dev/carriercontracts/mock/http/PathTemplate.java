package dev.carriercontracts.mock.http;

import java.util.regex.Pattern;

/**
 * A route path such as {@code /packages/{request_no}-{tracking_no}} as a pattern, to tell "no such
 * path" (404) from "not with this method" (405). Compiled once, at start; used only on those errors.
 */
final class PathTemplate {

    private final Pattern pattern;

    PathTemplate(String template) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                regex.append(Pattern.quote(template.substring(i)));
                break;
            }
            if (open > i) {
                regex.append(Pattern.quote(template.substring(i, open)));
            }
            int close = template.indexOf('}', open);
            regex.append("[^/]+");
            i = close + 1;
        }
        this.pattern = Pattern.compile(regex + "/?");
    }

    boolean matches(String path) {
        return pattern.matcher(path).matches();
    }
}
