package dev.carriercontracts.mock.cj.freight.wire;

import java.math.BigDecimal;

/** The option's price from one warehouse ({@code zonePrice} item). */
public record ZonePrice(String storageId, BigDecimal discountFee, BigDecimal lastDiscountFee, BigDecimal lastWrapPostage,
                        BigDecimal wrapPostage) {
}
