package dev.carriercontracts.contract.spec;

import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.support.json.JsonValue;

/**
 * Marks an interaction whose request breaks the carrier's spec on purpose, to pin how the carrier refuses it
 * (e.g. CJ's {@code 1600100 Param error} for an empty product list). The marker is a comment of the interaction,
 * so it travels in the pact file. For a marked interaction the spec check expects the spec to refuse the
 * request (a marked request the spec allows is itself a problem) and still validates the response.
 */
public final class DeliberateSpecViolation {

    private static final String PREFIX = "Breaks the spec on purpose: ";

    private DeliberateSpecViolation() {
    }

    /** The comment to put on the interaction ({@code HttpInteractionBuilder.comment(...)}), saying which rule it breaks. */
    public static String comment(String rule) {
        return PREFIX + rule;
    }

    static boolean isMarked(V4Interaction interaction) {
        JsonValue text = interaction.getComments().get("text");
        return text instanceof JsonValue.Array lines
                && lines.getValues().stream().anyMatch(line -> line.isString() && line.asString().startsWith(PREFIX));
    }
}
