package dev.carriercontracts.mock.cj.freight;

import java.math.BigDecimal;

/** A channel that can carry goods on a route, with what it charges there. */
public record Offer(Channel channel, Rate rate, Country from, Country to) {

    public boolean crossesBorder() {
        return !from.code().equals(to.code());
    }

    /** Import VAT on the goods' value, where the destination charges it on goods from abroad. */
    public BigDecimal taxes(BigDecimal valueUsd) {
        return crossesBorder() && to.vatRate() != null ? Money.usd(valueUsd.multiply(to.vatRate())) : Money.usd(BigDecimal.ZERO);
    }

    public BigDecimal clearanceFee() {
        return crossesBorder() && to.clearanceFee() != null ? Money.usd(to.clearanceFee()) : Money.usd(BigDecimal.ZERO);
    }
}
