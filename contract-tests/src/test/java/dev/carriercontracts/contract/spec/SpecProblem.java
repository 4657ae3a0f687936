package dev.carriercontracts.contract.spec;

/** Something a pact expects that its carrier's spec does not allow, or an operation of the spec the pact leaves out. */
record SpecProblem(String pact, String interaction, String problem) {

    /** The interaction name used for problems of the pact as a whole (coverage). */
    static final String WHOLE_PACT = "(whole pact)";

    @Override
    public String toString() {
        return "pact " + pact + ", interaction '" + interaction + "': " + problem;
    }
}
