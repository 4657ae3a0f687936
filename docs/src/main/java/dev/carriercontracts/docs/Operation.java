package dev.carriercontracts.docs;

/** One operation of a spec: what the reference page lists and the browser test looks for. */
public record Operation(String method, String path, String operationId, String summary) {
}
