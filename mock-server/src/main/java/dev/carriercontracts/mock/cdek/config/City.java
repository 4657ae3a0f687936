package dev.carriercontracts.mock.cdek.config;

import java.math.BigDecimal;

/**
 * A city of the mock's catalogue ({@code cities:} in the config): what CDEK fills into a location
 * given by its {@code code}. Every field but {@code code} and {@code city} is optional.
 */
public record City(int code, String city, String countryCode, String region, Integer regionCode, String subRegion,
                   String postalCode, BigDecimal longitude, BigDecimal latitude) {
}
