package dev.carriercontracts.mock.cnexpress.settings;

import com.fasterxml.jackson.databind.JsonMappingException;
import dev.carriercontracts.mock.carrier.CarrierContext;
import dev.carriercontracts.mock.config.ConfigProblem;
import dev.carriercontracts.mock.config.InvalidConfigException;

import java.util.ArrayList;
import java.util.List;

/** Binds subsections of the carrier's config and collects what is wrong with them, each with its pointer. */
final class SectionReader {

    private static final String ROOT = "/carriers/cnexpress";

    private final CarrierContext context;
    private final List<ConfigProblem> problems = new ArrayList<>();

    SectionReader(CarrierContext context) {
        this.context = context;
    }

    /** The subsection bound to {@code type}, or null when it is absent or does not bind (a problem is noted). */
    <T> T bind(String name, Class<T> type) {
        try {
            return context.settings(name, type);
        } catch (IllegalArgumentException e) {
            StringBuilder pointer = new StringBuilder(ROOT).append('/').append(name);
            String message = e.getMessage();
            if (e.getCause() instanceof JsonMappingException mapping) {
                for (JsonMappingException.Reference ref : mapping.getPath()) {
                    pointer.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
                }
                message = mapping.getOriginalMessage();
            }
            int newline = message == null ? -1 : message.indexOf('\n');
            problems.add(new ConfigProblem(pointer.toString(), "cannot be read: " + (newline < 0 ? message : message.substring(0, newline))));
            return null;
        }
    }

    /** @param pointer relative to the carrier's section, e.g. {@code /routes/0/rates} */
    void problem(String pointer, String message) {
        problems.add(new ConfigProblem(ROOT + pointer, message));
    }

    void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidConfigException("the cnexpress section of the config", problems);
        }
    }
}
