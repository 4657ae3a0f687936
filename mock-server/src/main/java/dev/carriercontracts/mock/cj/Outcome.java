package dev.carriercontracts.mock.cj;

import java.util.function.Function;

/** What a business operation gave: a value, or CJ's refusal of the call. */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {
    }

    record Refused<T>(CjRefusal refusal) implements Outcome<T> {
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(CjCode code, String detail) {
        return new Refused<>(CjRefusal.of(code, detail));
    }

    @SuppressWarnings("unchecked")
    default <R> Outcome<R> map(Function<T, R> mapper) {
        return this instanceof Done<T> done ? new Done<>(mapper.apply(done.value())) : (Outcome<R>) this;
    }
}
