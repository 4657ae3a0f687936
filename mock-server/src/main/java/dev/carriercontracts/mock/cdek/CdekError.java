package dev.carriercontracts.mock.cdek;

/** One of CDEK's errors: a code from the seed's table or CDEK's list, and a message. */
public record CdekError(String code, String message) {
}
