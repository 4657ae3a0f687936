package dev.carriercontracts.mock.cj.freight;

import dev.carriercontracts.mock.cj.freight.DetailedFreightCalculation.TrialWeights;
import dev.carriercontracts.mock.cj.freight.wire.AreaView;
import dev.carriercontracts.mock.cj.freight.wire.CjPostage;
import dev.carriercontracts.mock.cj.freight.wire.FreightTipQuery;
import dev.carriercontracts.mock.cj.freight.wire.FreightTipQuote;
import dev.carriercontracts.mock.cj.freight.wire.OptionView;
import dev.carriercontracts.mock.cj.freight.wire.RuleTip;
import dev.carriercontracts.mock.cj.freight.wire.ZonePrice;

import java.math.BigDecimal;
import java.util.List;

/**
 * Writes one detailed quote. Figures, as CJ's sample relates them: {@code postage} is the freight before CJ's
 * markup; {@code discountFee} the freight after it ({@code priceIncreases} percent); {@code wrapPostage} the same
 * with the packaging weight added; the total adds the remote-area fee, import VAT and clearance fee.
 */
final class TipQuoteWriter {

    private final RateTable table;

    TipQuoteWriter(RateTable table) {
        this.table = table;
    }

    FreightTipQuote quote(Offer offer, TrialWeights weights, FreightTipQuery query) {
        Money money = table.money();
        Channel channel = offer.channel();
        BigDecimal base = offer.rate().price(weights.chargedGrams());
        BigDecimal postage = Money.usd(base);
        BigDecimal discountFee = Money.marked(base, channel.priceIncreases());
        BigDecimal wrapPostage = Money.marked(offer.rate().price(weights.packedGrams()), channel.priceIncreases());
        BigDecimal remoteFee = Money.usd(offer.to().remoteFee(query.zip()));
        BigDecimal taxes = offer.taxes(weights.goods().valueUsd());
        BigDecimal clearance = offer.clearanceFee();
        List<RuleTip> allRules = channel.requires().stream().map(this::tip).toList();
        List<RuleTip> failed = channel.requires().stream()
                .filter(type -> !table.satisfies(type, recipientField(type, query)))
                .map(this::tip).toList();
        List<ZonePrice> zones = query.storageIdList() == null ? List.of() : query.storageIdList().stream()
                .map(storage -> new ZonePrice(storage, discountFee, discountFee, wrapPostage, wrapPostage)).toList();
        return new FreightTipQuote(offer.rate().aging(), discountFee, money.cny(discountFee),
                weights.volumeWeight() == null ? null : Money.usd(weights.volumeWeight()),
                new OptionView(offer.rate().aging(), channel.cnName(), channel.name(), channel.optionId()),
                failed, channel.requires(), channel.channel().id(), "", "", channel.optionId(),
                postage, money.cny(postage), Integer.toString(channel.priceIncreases()), channel.reSort(),
                remoteFee, money.cny(remoteFee), "", query.uid() == null ? "" : query.uid(), null, null, null, null, null,
                channel.message() == null ? "" : channel.message(), wrapPostage, money.cny(wrapPostage),
                Money.usd(weights.wrapWeight()), List.of(), List.of(), channel.channel(),
                new CjPostage(Money.text(postage), Money.text(money.cny(postage)), Money.text(remoteFee),
                        Money.text(money.cny(remoteFee))),
                AreaView.of(offer.to()), AreaView.of(offer.from()), weights.dump(), zones, allRules,
                taxes, clearance, wrapPostage.add(remoteFee).add(taxes).add(clearance));
    }

    private RuleTip tip(String type) {
        AddressRule rule = table.rule(type);
        return new RuleTip(rule.expression(), rule.interceptType(), null, null, rule.msgCode(), rule.msgEn(), rule.type());
    }

    private static String recipientField(String type, FreightTipQuery query) {
        return switch (type) {
            case "phone" -> query.phone();
            case "email" -> query.email();
            case "zip" -> query.zip();
            case "dutyNo" -> query.dutyNo();
            case "houseNumber" -> query.houseNumber();
            default -> null; // destArea3Id: the request has no field for it, so it is never satisfied
        };
    }
}
