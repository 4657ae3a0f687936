package dev.carriercontracts.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML template from this package's resources with {@code {{name}}} slots. Values are HTML already (the
 * pages escape what they put in); a slot without a value, or a value without a slot, is an error, so a
 * template and its page cannot drift apart silently.
 */
final class Template {

    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
    private final String name;
    private final String text;

    private Template(String name, String text) {
        this.name = name;
        this.text = text;
    }

    static Template load(String name) {
        try (InputStream in = Template.class.getResourceAsStream("templates/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no template " + name);
            }
            return new Template(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String render(Map<String, String> values) {
        Matcher slots = SLOT.matcher(text);
        StringBuilder out = new StringBuilder();
        java.util.Set<String> used = new java.util.HashSet<>();
        while (slots.find()) {
            String value = values.get(slots.group(1));
            if (value == null) {
                throw new IllegalArgumentException("template " + name + ": no value for {{" + slots.group(1) + "}}");
            }
            used.add(slots.group(1));
            slots.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        slots.appendTail(out);
        java.util.Set<String> unused = new java.util.TreeSet<>(values.keySet());
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException("template " + name + " has no slot for " + unused);
        }
        return out.toString();
    }
}
