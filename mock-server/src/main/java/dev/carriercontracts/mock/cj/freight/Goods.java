package dev.carriercontracts.mock.cj.freight;

import java.math.BigDecimal;

/** What is shipped, as far as freight cares: its weight in grams and its value in USD. */
public record Goods(BigDecimal grams, BigDecimal valueUsd) {

    public static final Goods NONE = new Goods(BigDecimal.ZERO, BigDecimal.ZERO);

    public Goods plus(BigDecimal moreGrams, BigDecimal moreValue) {
        return new Goods(grams.add(moreGrams), valueUsd.add(moreValue));
    }
}
