package dev.carriercontracts.mock.junit5;

/** How long one mock server lives. */
public enum Scope {
    /** One server per top-level test class (its {@code @Nested} classes included), stopped after it. */
    CLASS,
    /**
     * One server for the whole JUnit run, shared by every class with the same server settings, and
     * stopped when the run ends. Fastest; with {@link Reset#BETWEEN_TESTS} each test still starts clean.
     * Do not combine with parallel test execution: one class's reset would wipe another's state.
     */
    RUN
}
