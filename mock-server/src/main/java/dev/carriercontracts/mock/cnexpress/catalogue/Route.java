package dev.carriercontracts.mock.cnexpress.catalogue;

import java.util.Map;
import java.util.TreeMap;

/**
 * A shipping line and what it charges per package, by the number of tins the package holds.
 *
 * @param rates the price of a package in hundredths of GBP, by tins
 */
public record Route(String code, String name, Map<Integer, Long> rates) {

    public Route {
        rates = Map.copyOf(new TreeMap<>(rates));
    }

    /** The price of a package of {@code tins} tins, in hundredths; -1 when the route has no such rate. */
    public long rateFor(int tins) {
        Long rate = rates.get(tins);
        return rate == null ? -1 : rate;
    }
}
