package dev.carriercontracts.mock.cj.freight;

import dev.carriercontracts.mock.cj.Outcome;
import dev.carriercontracts.mock.cj.freight.wire.FreightCalculateRequest;
import dev.carriercontracts.mock.cj.freight.wire.FreightQuote;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** freightCalculate (seed 1.1): one quote per channel serving the route, cheapest first. */
public final class FreightCalculation {

    private final RateTable table;
    private final GoodsResolver goods;

    public FreightCalculation(RateTable table, GoodsResolver goods) {
        this.table = table;
        this.goods = goods;
    }

    public Outcome<List<FreightQuote>> quote(FreightCalculateRequest request) {
        return goods.variants(request.products()).map(g -> table
                .offers(request.startCountryCode(), request.endCountryCode(), g.grams()).stream()
                .map(offer -> quote(offer, g, request.zip()))
                .sorted(Comparator.comparing(FreightQuote::logisticPrice))
                .toList());
    }

    private FreightQuote quote(Offer offer, Goods g, String zip) {
        // 1.1 has no field for the remote-area surcharge: it is part of the freight
        BigDecimal price = Money.usd(offer.rate().price(g.grams()).add(offer.to().remoteFee(zip)));
        BigDecimal taxes = offer.taxes(g.valueUsd());
        BigDecimal clearance = offer.clearanceFee();
        return new FreightQuote(offer.rate().aging(), price, table.money().cny(price), offer.channel().name(),
                taxes, clearance, price.add(taxes).add(clearance));
    }
}
