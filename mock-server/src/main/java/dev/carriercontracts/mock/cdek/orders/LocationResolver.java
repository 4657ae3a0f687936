package dev.carriercontracts.mock.cdek.orders;

import dev.carriercontracts.mock.cdek.config.CdekSettings;
import dev.carriercontracts.mock.cdek.config.City;

import java.util.Optional;

/**
 * What CDEK reports for a location the client gave: a city {@code code} the catalogue knows is
 * resolved (city, region, country, coordinates), the client's street-level data is kept, and
 * {@code country} is always CDEK's own name for the country (a client's is ignored, spec choice 12).
 * A code the catalogue does not know is reported as the client sent it.
 */
final class LocationResolver {

    private final CdekSettings settings;

    LocationResolver(CdekSettings settings) {
        this.settings = settings;
    }

    OrderDraft.Location resolve(OrderDraft.Location given) {
        if (given == null) {
            return null;
        }
        Optional<City> known = settings.city(given.code());
        if (known.isEmpty()) {
            return new OrderDraft.Location(given.code(), given.fiasGuid(), given.postalCode(), given.longitude(), given.latitude(),
                    given.countryCode(), given.region(), given.regionCode(), given.subRegion(), given.city(), given.kladrCode(),
                    given.address(), settings.country(given.countryCode()).orElse(null));
        }
        City city = known.get();
        String countryCode = city.countryCode() != null ? city.countryCode() : given.countryCode();
        return new OrderDraft.Location(city.code(), given.fiasGuid(), or(given.postalCode(), city.postalCode()),
                or(city.longitude(), given.longitude()), or(city.latitude(), given.latitude()), countryCode,
                or(city.region(), given.region()), or(city.regionCode(), given.regionCode()), or(city.subRegion(), given.subRegion()),
                city.city(), given.kladrCode(), given.address(), settings.country(countryCode).orElse(null));
    }

    /** The name of the city a location is in, as CDEK reports it in statuses. */
    Optional<String> cityName(OrderDraft.Location resolved) {
        return resolved == null || resolved.city() == null || resolved.city().isBlank() ? Optional.empty() : Optional.of(resolved.city());
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
