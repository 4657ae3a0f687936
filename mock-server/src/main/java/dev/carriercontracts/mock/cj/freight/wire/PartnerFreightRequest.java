package dev.carriercontracts.mock.cj.freight.wire;

import java.util.List;

/** Body of partnerFreightCalculate: the fields the mock uses (the address details are accepted and ignored). */
public record PartnerFreightRequest(String orderNumber, String shippingCountryCode, String shippingZip,
                                    String fromCountryCode, String logisticName, Integer iossType, String iossNumber,
                                    List<VariantQuantity> products) {
}
