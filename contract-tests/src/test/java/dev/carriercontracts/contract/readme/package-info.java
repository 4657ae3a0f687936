/**
 * The root README's client examples, one test class per carrier: the README shows exactly the code between
 * {@code // README <carrier>} and {@code // README end}, and the test runs it against the mock server (on a virtual
 * clock, started in-process) and then asserts what the example and its comments claim, so the README cannot show
 * code that does not compile or does not work; {@code ReadmeShowsTheTestedExamplesTest}
 * checks that the README shows exactly that code. One class per carrier because the clients' models share simple
 * names ({@code OrderRequest}, {@code TrackingStatus}) and the examples import them as a reader would.
 */
package dev.carriercontracts.contract.readme;
