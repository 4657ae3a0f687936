package dev.carriercontracts.mock.validation;

import com.networknt.schema.ValidationMessage;

import java.util.List;
import java.util.Set;

/** Turns networknt's messages into violations that name the field at fault. */
final class SchemaMessages {

    private SchemaMessages() {
    }

    /**
     * @param name for a parameter its name; for a body {@code null}, and each violation is named
     *             by the JSON pointer of the field (for a missing property, the property's own pointer)
     */
    static void collect(Set<ValidationMessage> messages, Violation.Where where, String name, List<Violation> out) {
        for (ValidationMessage m : messages) {
            String location = m.getInstanceLocation().toString();
            String text = m.getMessage();
            if (text.startsWith(location + ": ")) {
                text = text.substring(location.length() + 2);
            }
            if (name != null) {
                out.add(new Violation(where, name, text));
            } else {
                String pointer = "required".equals(m.getType()) && m.getProperty() != null
                        ? location + "/" + m.getProperty()
                        : location;
                out.add(new Violation(where, pointer, text));
            }
        }
    }
}
