package dev.carriercontracts.mock.cj.freight.wire;

import java.util.List;

/** Body of freightCalculate (seed 1.1). */
public record FreightCalculateRequest(String startCountryCode, String endCountryCode, String zip, String taxId,
                                      String houseNumber, String iossNumber, List<VariantQuantity> products) {
}
