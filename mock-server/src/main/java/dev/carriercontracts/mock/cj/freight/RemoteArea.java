package dev.carriercontracts.mock.cj.freight;

import java.math.BigDecimal;
import java.util.List;

/** Postcodes of a country that cost a surcharge (CJ's "偏远费"): those starting with one of the prefixes. */
public record RemoteArea(List<String> zipPrefixes, BigDecimal fee) {

    BigDecimal feeFor(String zip) {
        if (zip == null || zip.isBlank() || zipPrefixes == null) {
            return BigDecimal.ZERO;
        }
        String normalised = zip.trim().toUpperCase();
        return zipPrefixes.stream().anyMatch(normalised::startsWith) ? fee : BigDecimal.ZERO;
    }
}
