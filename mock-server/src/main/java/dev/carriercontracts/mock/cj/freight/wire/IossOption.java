package dev.carriercontracts.mock.cj.freight.wire;

import java.math.BigDecimal;

/** One way to declare EU import VAT for a merchant quote ({@code iossList} item), amounts in USD. */
public record IossOption(String iossNumber, int iossType, BigDecimal serviceAmount, BigDecimal taxAmount) {
}
