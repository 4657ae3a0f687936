package dev.carriercontracts.mock.cj.freight.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.List;

/** A partnerFreightCalculate quote. */
public record PartnerFreightQuote(BigDecimal postageAmount, String logisticsModel, String logisticsName, String arrivalTime,
                                  @JsonProperty("isSupportIoss") boolean isSupportIoss, List<IossOption> iossList) {
}
