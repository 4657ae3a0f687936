package dev.carriercontracts.mock.cnexpress.request;

/** A state forced through the admin API at an instant (µs since the epoch); derivation goes on from there. */
public record Forced(RequestState state, long atMicros) {
}
