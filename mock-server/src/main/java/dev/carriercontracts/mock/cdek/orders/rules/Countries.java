package dev.carriercontracts.mock.cdek.orders.rules;

import dev.carriercontracts.mock.cdek.config.CdekSettings;
import dev.carriercontracts.mock.cdek.config.City;
import dev.carriercontracts.mock.cdek.orders.OrderDraft;

import java.util.Optional;

/** The country of a location: its {@code country_code}, or the country of its city in the catalogue. */
final class Countries {

    private final CdekSettings settings;

    Countries(CdekSettings settings) {
        this.settings = settings;
    }

    Optional<String> of(OrderDraft.Location location) {
        if (location == null) {
            return Optional.empty();
        }
        if (location.countryCode() != null && !location.countryCode().isBlank()) {
            return Optional.of(location.countryCode());
        }
        return settings.city(location.code()).map(City::countryCode);
    }
}
