package dev.carriercontracts.mock.cj.freight;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a channel charges on one route: a price for the first weight, then a price per gram above it.
 *
 * @param from  the ship-from country code
 * @param to    destination zones or country codes
 * @param aging delivery time in days as CJ writes it, e.g. {@code 7-15}
 */
public record Rate(String from, List<String> to, int firstWeightGrams, BigDecimal firstPrice, BigDecimal perGram,
                   String aging) {

    /** The freight in USD for this weight, unrounded (callers round once, the way CJ shows it). */
    public BigDecimal price(BigDecimal grams) {
        BigDecimal above = grams.subtract(BigDecimal.valueOf(firstWeightGrams)).max(BigDecimal.ZERO);
        return firstPrice.add(above.multiply(perGram));
    }

    boolean serves(String fromCode, Country destination) {
        return from.equals(fromCode) && (to.contains(destination.code()) || to.contains(destination.zone()));
    }
}
