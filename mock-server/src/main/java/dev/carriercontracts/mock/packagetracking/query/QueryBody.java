package dev.carriercontracts.mock.packagetracking.query;

/** The request body (the spec's {@code TrackingQuery}), already validated against the spec. */
record QueryBody(String expCode, String expNo) {
}
