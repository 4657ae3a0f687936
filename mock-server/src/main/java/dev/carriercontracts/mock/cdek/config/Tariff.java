package dev.carriercontracts.mock.cdek.config;

/**
 * A tariff the mock's CDEK serves ({@code tariffs:} in the config).
 *
 * @param maxWeightGrams the heaviest order (sum of its packages' weights) it takes
 */
public record Tariff(int code, long maxWeightGrams) {
}
