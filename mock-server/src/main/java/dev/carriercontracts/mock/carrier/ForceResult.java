package dev.carriercontracts.mock.carrier;

import java.util.Collection;
import java.util.List;

/** What forcing an entity into a state did; the admin API maps each case to a clear error. */
public sealed interface ForceResult {

    /** Done: the entity as it is now. */
    record Forced(EntityView entity) implements ForceResult {
    }

    /** This carrier has no entities of that kind. */
    record UnknownKind(Collection<String> kinds) implements ForceResult {
    }

    /** No entity of that kind with that id. */
    record UnknownEntity() implements ForceResult {
    }

    /** The kind has no such state. */
    record UnknownState(List<String> states) implements ForceResult {
    }

    /** The state exists, but the entity cannot be put into it from where it is. */
    record Refused(String reason) implements ForceResult {
    }
}
