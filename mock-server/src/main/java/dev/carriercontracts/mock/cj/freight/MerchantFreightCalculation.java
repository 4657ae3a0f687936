package dev.carriercontracts.mock.cj.freight;

import dev.carriercontracts.mock.cj.CjCode;
import dev.carriercontracts.mock.cj.Outcome;
import dev.carriercontracts.mock.cj.freight.wire.IossOption;
import dev.carriercontracts.mock.cj.freight.wire.PartnerFreightQuote;
import dev.carriercontracts.mock.cj.freight.wire.PartnerFreightRequest;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * partnerFreightCalculate (seed "1.2 商家物流试算"): quotes for a merchant's order, optionally for one named
 * channel, with the EU IOSS options where they apply.
 */
public final class MerchantFreightCalculation {

    /** Where goods ship from when the order names no warehouse: CJ's main warehouses are in China. */
    static final String DEFAULT_ORIGIN = "CN";
    /** CJ's fee for declaring with its own IOSS number: a share of the goods' value, with a floor. */
    private static final BigDecimal CJ_IOSS_FEE_RATE = new BigDecimal("0.02");
    private static final BigDecimal CJ_IOSS_MIN_FEE = new BigDecimal("0.50");
    private static final int OWN_IOSS = 2;

    private final RateTable table;
    private final GoodsResolver goods;

    public MerchantFreightCalculation(RateTable table, GoodsResolver goods) {
        this.table = table;
        this.goods = goods;
    }

    public Outcome<List<PartnerFreightQuote>> quote(PartnerFreightRequest request) {
        if (request.shippingCountryCode() == null || request.shippingCountryCode().isBlank()) {
            return Outcome.refused(CjCode.PARAM_ERROR, "shippingCountryCode is required to quote");
        }
        if (request.iossType() != null && request.iossType() == OWN_IOSS && blank(request.iossNumber())) {
            return Outcome.refused(CjCode.PARAM_ERROR, "iossNumber is required with iossType 2 (declared with my own IOSS number)");
        }
        Optional<Channel> named = Optional.empty();
        if (!blank(request.logisticName())) {
            named = table.channelNamed(request.logisticName());
            if (named.isEmpty()) {
                return Outcome.refused(CjCode.LOGISTIC_NOT_FOUND, "no logistics named " + request.logisticName());
            }
        }
        String from = blank(request.fromCountryCode()) ? DEFAULT_ORIGIN : request.fromCountryCode();
        Optional<Channel> only = named;
        return goods.variants(request.products()).map(g -> table.offers(from, request.shippingCountryCode(), g.grams()).stream()
                .filter(offer -> only.isEmpty() || offer.channel() == only.get())
                .map(offer -> quote(offer, g, request))
                .sorted(Comparator.comparing(PartnerFreightQuote::postageAmount))
                .toList());
    }

    private PartnerFreightQuote quote(Offer offer, Goods g, PartnerFreightRequest request) {
        BigDecimal postage = Money.usd(offer.rate().price(g.grams()).add(offer.to().remoteFee(request.shippingZip())));
        boolean ioss = offer.channel().supportsIoss() && offer.to().ioss() && offer.crossesBorder();
        return new PartnerFreightQuote(postage, offer.channel().code(), offer.channel().name(), offer.rate().aging(), ioss,
                ioss ? iossOptions(offer, g, request.iossNumber()) : List.of());
    }

    /** The three ways to declare EU import VAT: not via IOSS (paid on delivery), with my number, with CJ's. */
    private static List<IossOption> iossOptions(Offer offer, Goods g, String ownNumber) {
        BigDecimal tax = offer.taxes(g.valueUsd());
        BigDecimal zero = Money.usd(BigDecimal.ZERO);
        BigDecimal cjFee = Money.usd(g.valueUsd().multiply(CJ_IOSS_FEE_RATE).max(CJ_IOSS_MIN_FEE));
        return List.of(
                new IossOption("", 1, zero, zero),
                new IossOption(ownNumber == null ? "" : ownNumber, 2, zero, tax),
                new IossOption("", 3, cjFee, tax));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
