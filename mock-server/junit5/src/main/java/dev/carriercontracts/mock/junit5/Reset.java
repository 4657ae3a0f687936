package dev.carriercontracts.mock.junit5;

/** Whether each test starts from a fresh server state. */
public enum Reset {
    /**
     * Before each test: every carrier's stored data and issued tokens are forgotten, the journal is
     * emptied, the faults are back to those of the config and the builder, and the clock is back at
     * its start. Set up data in {@code @BeforeEach}, not {@code @BeforeAll}.
     */
    BETWEEN_TESTS,
    /** Never: state, journal, faults and clock carry over from test to test (and, with {@link Scope#RUN}, from class to class). */
    NEVER
}
