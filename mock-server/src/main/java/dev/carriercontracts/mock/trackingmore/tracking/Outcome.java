package dev.carriercontracts.mock.trackingmore.tracking;

import dev.carriercontracts.mock.trackingmore.errors.MetaCode;
import dev.carriercontracts.mock.trackingmore.errors.Refusal;

/** What a use case did: done, with its result, or refused with TrackingMore's code. */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {
    }

    record Refused<T>(Refusal refusal) implements Outcome<T> {
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(MetaCode code) {
        return new Refused<>(Refusal.of(code));
    }

    static <T> Outcome<T> refused(MetaCode code, String detail) {
        return new Refused<>(Refusal.of(code, detail));
    }
}
