package dev.carriercontracts.docs;

/**
 * A value the mock server reacts to specially ({@code x-mock-magic-values} in a spec), e.g. an {@code order_no}
 * starting with {@code FAIL} makes a CNExpress request end in {@code Failed}.
 */
public record MagicValue(String field, String value, String effect) {
}
