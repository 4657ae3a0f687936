package dev.carriercontracts.mock.cj.freight.wire;

import java.math.BigDecimal;

/** A freightCalculate quote (seed 1.1 response), every documented field set. */
public record FreightQuote(String logisticAging, BigDecimal logisticPrice, BigDecimal logisticPriceCn, String logisticName,
                           BigDecimal taxesFee, BigDecimal clearanceOperationFee, BigDecimal totalPostageFee) {
}
