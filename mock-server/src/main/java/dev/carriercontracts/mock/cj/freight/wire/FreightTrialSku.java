package dev.carriercontracts.mock.cj.freight.wire;

import java.math.BigDecimal;

/** A {@code freightTrialSkuList} item: the fields freight uses (the others are accepted and ignored). */
public record FreightTrialSku(String sku, String vid, Integer skuQuantity, BigDecimal skuWeight) {
}
