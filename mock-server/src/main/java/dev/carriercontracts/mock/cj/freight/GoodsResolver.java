package dev.carriercontracts.mock.cj.freight;

import dev.carriercontracts.mock.cj.CjCode;
import dev.carriercontracts.mock.cj.Outcome;
import dev.carriercontracts.mock.cj.catalogue.Catalogue;
import dev.carriercontracts.mock.cj.catalogue.Variant;
import dev.carriercontracts.mock.cj.freight.wire.FreightTipQuery;
import dev.carriercontracts.mock.cj.freight.wire.FreightTrialSku;
import dev.carriercontracts.mock.cj.freight.wire.VariantQuantity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Turns what a request says it ships into weight and value, through the catalogue. */
public final class GoodsResolver {

    private final Catalogue catalogue;

    public GoodsResolver(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** {@code products} of freightCalculate and partnerFreightCalculate. */
    public Outcome<Goods> variants(List<VariantQuantity> products) {
        Goods goods = Goods.NONE;
        for (int i = 0; i < products.size(); i++) {
            VariantQuantity p = products.get(i);
            if (p.quantity() < 1) {
                return Outcome.refused(CjCode.PARAM_ERROR, "products." + i + ".quantity must be at least 1");
            }
            Optional<Variant> variant = catalogue.variant(p.vid());
            if (variant.isEmpty()) {
                return Outcome.refused(CjCode.VARIANT_NOT_FOUND, "no variant with the vid " + p.vid());
            }
            goods = add(goods, variant.get(), p.quantity(), null);
        }
        return Outcome.done(goods);
    }

    /**
     * One trial of freightCalculateTip: an explicit {@code weight} wins; otherwise the SKUs of
     * {@code freightTrialSkuList} (their own {@code skuWeight} if given), otherwise one unit of each
     * {@code skuList} SKU. The value is {@code totalGoodsAmount}, else {@code amount}, else the catalogue's.
     */
    public Outcome<Goods> trial(FreightTipQuery query, String where) {
        Outcome<Goods> goods;
        if (query.weight() != null) {
            if (query.weight().signum() < 0) {
                return Outcome.refused(CjCode.PARAM_ERROR, where + ".weight must not be negative");
            }
            goods = Outcome.done(new Goods(query.weight(), BigDecimal.ZERO));
        } else if (query.freightTrialSkuList() != null && !query.freightTrialSkuList().isEmpty()) {
            goods = trialSkus(query.freightTrialSkuList(), where);
        } else if (query.skuList() != null && !query.skuList().isEmpty()) {
            goods = skuList(query.skuList());
        } else {
            return Outcome.refused(CjCode.PARAM_ERROR, where + " names no goods: give weight, freightTrialSkuList or skuList");
        }
        BigDecimal declared = query.totalGoodsAmount() != null ? query.totalGoodsAmount() : query.amount();
        return declared == null ? goods : goods.map(g -> new Goods(g.grams(), declared));
    }

    private Outcome<Goods> trialSkus(List<FreightTrialSku> skus, String where) {
        Goods goods = Goods.NONE;
        for (int i = 0; i < skus.size(); i++) {
            FreightTrialSku sku = skus.get(i);
            int quantity = sku.skuQuantity() == null ? 1 : sku.skuQuantity();
            if (quantity < 1) {
                return Outcome.refused(CjCode.PARAM_ERROR, where + ".freightTrialSkuList." + i + ".skuQuantity must be at least 1");
            }
            if (sku.skuWeight() != null && sku.skuWeight().signum() < 0) {
                return Outcome.refused(CjCode.PARAM_ERROR, where + ".freightTrialSkuList." + i + ".skuWeight must not be negative");
            }
            String id = sku.sku() != null ? sku.sku() : sku.vid();
            Optional<Variant> variant = catalogue.variant(id);
            if (variant.isEmpty()) {
                return Outcome.refused(CjCode.VARIANT_NOT_FOUND, "no variant with the SKU or vid " + id);
            }
            goods = add(goods, variant.get(), quantity, sku.skuWeight());
        }
        return Outcome.done(goods);
    }

    private Outcome<Goods> skuList(List<String> skus) {
        Goods goods = Goods.NONE;
        for (String sku : skus) {
            Optional<Variant> variant = catalogue.variant(sku);
            if (variant.isEmpty()) {
                return Outcome.refused(CjCode.VARIANT_NOT_FOUND, "no variant with the SKU " + sku);
            }
            goods = add(goods, variant.get(), 1, null);
        }
        return Outcome.done(goods);
    }

    private static Goods add(Goods goods, Variant variant, int quantity, BigDecimal unitWeight) {
        BigDecimal units = BigDecimal.valueOf(quantity);
        BigDecimal weight = unitWeight != null ? unitWeight : BigDecimal.valueOf(variant.weightGrams());
        return goods.plus(weight.multiply(units), variant.priceUsd().multiply(units));
    }
}
