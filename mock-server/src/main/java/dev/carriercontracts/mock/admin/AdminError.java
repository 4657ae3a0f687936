package dev.carriercontracts.mock.admin;

/** The one error shape of the admin API. */
public record AdminError(String error, String message) {
}
