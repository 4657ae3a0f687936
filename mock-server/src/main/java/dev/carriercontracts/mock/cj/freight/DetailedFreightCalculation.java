package dev.carriercontracts.mock.cj.freight;

import dev.carriercontracts.mock.cj.CjCode;
import dev.carriercontracts.mock.cj.Outcome;
import dev.carriercontracts.mock.cj.freight.wire.FreightTipQuery;
import dev.carriercontracts.mock.cj.freight.wire.FreightTipQuote;
import dev.carriercontracts.mock.cj.freight.wire.FreightTipRequest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * freightCalculateTip (seed 1.2 and 1.3): per trial, one detailed quote per usable option, with the address rules
 * the recipient fails. Quotes of all trials come as one flat list (the seed does not say how CJ groups them).
 */
public final class DetailedFreightCalculation {

    /** Where goods ship from when a trial names no {@code srcAreaCode}: CJ's main warehouses are in China. */
    static final String DEFAULT_ORIGIN = "CN";

    private final RateTable table;
    private final GoodsResolver goods;
    private final TipQuoteWriter writer;

    public DetailedFreightCalculation(RateTable table, GoodsResolver goods) {
        this.table = table;
        this.goods = goods;
        this.writer = new TipQuoteWriter(table);
    }

    public Outcome<List<FreightTipQuote>> quote(FreightTipRequest request) {
        List<FreightTipQuote> quotes = new ArrayList<>();
        for (int i = 0; i < request.reqDTOS().size(); i++) {
            Outcome<List<FreightTipQuote>> trial = trial(request.reqDTOS().get(i), "reqDTOS." + i);
            if (trial instanceof Outcome.Refused<List<FreightTipQuote>> refused) {
                return refused;
            }
            quotes.addAll(((Outcome.Done<List<FreightTipQuote>>) trial).value());
        }
        return Outcome.done(quotes);
    }

    private Outcome<List<FreightTipQuote>> trial(FreightTipQuery query, String where) {
        if (query.destAreaCode() == null || query.destAreaCode().isBlank()) {
            return Outcome.refused(CjCode.PARAM_ERROR, where + ".destAreaCode is required to quote");
        }
        if (negative(query.wrapWeight()) || negative(query.volumeWeight())) {
            return Outcome.refused(CjCode.PARAM_ERROR, where + ": wrapWeight and volumeWeight must not be negative");
        }
        String from = query.srcAreaCode() == null || query.srcAreaCode().isBlank() ? DEFAULT_ORIGIN : query.srcAreaCode();
        return goods.trial(query, where).map(g -> {
            TrialWeights weights = TrialWeights.of(g, query);
            return table.offers(from, query.destAreaCode(), weights.packedGrams()).stream()
                    .filter(offer -> wanted(offer.channel(), query.optionName()))
                    .map(offer -> writer.quote(offer, weights, query))
                    .sorted(Comparator.comparing(FreightTipQuote::wrapPostage))
                    .toList();
        });
    }

    private static boolean negative(BigDecimal grams) {
        return grams != null && grams.signum() < 0;
    }

    private static boolean wanted(Channel channel, String optionName) {
        if (optionName == null || optionName.isBlank()) {
            return true;
        }
        String wanted = optionName.trim().toLowerCase(Locale.ROOT);
        return channel.name().toLowerCase(Locale.ROOT).equals(wanted) || channel.cnName().toLowerCase(Locale.ROOT).equals(wanted);
    }

    /**
     * The weights a detailed quote is computed on (grams): the goods, charged by their volumetric weight when
     * that is larger ("抛货"), and the packaging on top.
     */
    record TrialWeights(Goods goods, BigDecimal volumeWeight, BigDecimal wrapWeight) {

        static TrialWeights of(Goods goods, FreightTipQuery query) {
            return new TrialWeights(goods, query.volumeWeight(), query.wrapWeight() == null ? BigDecimal.ZERO : query.wrapWeight());
        }

        boolean dump() {
            return volumeWeight != null && volumeWeight.compareTo(goods.grams()) > 0;
        }

        BigDecimal chargedGrams() {
            return dump() ? volumeWeight : goods.grams();
        }

        BigDecimal packedGrams() {
            return chargedGrams().add(wrapWeight);
        }
    }
}
