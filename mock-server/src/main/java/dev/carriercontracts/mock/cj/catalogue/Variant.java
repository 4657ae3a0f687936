package dev.carriercontracts.mock.cj.catalogue;

import java.math.BigDecimal;

/**
 * A product variant: what freight needs to know of it.
 *
 * @param vid        CJ's variant id
 * @param sku        the variant SKU
 * @param productSku the SKU of its product (what supplier templates are keyed by)
 */
public record Variant(String vid, String sku, String productSku, int weightGrams, BigDecimal priceUsd) {
}
