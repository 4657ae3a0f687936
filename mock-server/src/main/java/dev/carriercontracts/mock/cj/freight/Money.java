package dev.carriercontracts.mock.cj.freight;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How CJ shows money: two decimals, USD rounded half up, CJ's markup rounded up, CNY converted at one rate. */
public final class Money {

    private final BigDecimal cnyPerUsd;

    public Money(BigDecimal cnyPerUsd) {
        this.cnyPerUsd = cnyPerUsd;
    }

    public static BigDecimal usd(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal cny(BigDecimal usd) {
        return usd.multiply(cnyPerUsd).setScale(2, RoundingMode.HALF_UP);
    }

    /** The amount with CJ's markup ({@code priceIncreases} percent), rounded up as a seller rounds in its favour. */
    public static BigDecimal marked(BigDecimal amount, int percent) {
        return amount.multiply(BigDecimal.valueOf(percent)).movePointLeft(2).setScale(2, RoundingMode.CEILING);
    }

    /** A decimal string as {@code cjRespDTO} sends amounts ({@code "3.55"}). */
    public static String text(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
