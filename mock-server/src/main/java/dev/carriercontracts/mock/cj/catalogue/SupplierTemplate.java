package dev.carriercontracts.mock.cj.catalogue;

import java.math.BigDecimal;

/** A logistics template a supplier defined for shipping its products itself (spec: SupplierLogisticsTemplate). */
public record SupplierTemplate(String id, String logisticsName, BigDecimal postage, String startCountryCode,
                               String destCountryCode) {
}
