package dev.carriercontracts.mock.trackingmore.config;

import java.util.List;
import java.util.Locale;

/**
 * Remote areas of one country ({@code remoteAreas} in the defaults file): an address is remote when
 * its postcode (or place name, where the country has no postcodes) starts with one of the prefixes,
 * compared without case, spaces or dashes.
 *
 * @param countries the names and codes the country is given by, e.g. {@code [JP, Japan]}
 */
public record RemoteAreaRule(List<String> countries, List<String> prefixes) {

    public RemoteAreaRule {
        countries = countries == null ? List.of() : List.copyOf(countries);
        prefixes = prefixes == null ? List.of() : List.copyOf(prefixes);
    }

    public boolean covers(String country) {
        return countries.stream().anyMatch(c -> c.equalsIgnoreCase(country.trim()));
    }

    public boolean isRemote(String postcode) {
        String normalised = normalise(postcode);
        return prefixes.stream().anyMatch(p -> normalised.startsWith(normalise(p)));
    }

    private static String normalise(String text) {
        return text.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
    }
}
