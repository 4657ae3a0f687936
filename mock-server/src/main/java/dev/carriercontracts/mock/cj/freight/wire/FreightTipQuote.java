package dev.carriercontracts.mock.cj.freight.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.carriercontracts.mock.cj.freight.ChannelLine;

import java.math.BigDecimal;
import java.util.List;

/**
 * A detailed quote of freightCalculateTip, field by field as in CJ's sample (nulls included: CJ sends
 * {@code "orderId": null} and the like rather than leaving fields out).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FreightTipQuote(String arrivalTime, BigDecimal discountFee, BigDecimal discountFeeCNY, BigDecimal volumeWeight,
                              OptionView option, List<RuleTip> ruleTips, List<String> ruleTipTypes, String channelId,
                              String error, String errorEn, String optionId, BigDecimal postage, BigDecimal postageCNY,
                              String priceIncreases, String reSort, BigDecimal remoteFee, BigDecimal remoteFeeCNY, String tip,
                              String uid, String orderId, BigDecimal unWeightChargeTarget, BigDecimal floatMaxPrice,
                              BigDecimal floatMinPrice, String logisticsParamRespDTO, String message, BigDecimal wrapPostage,
                              BigDecimal wrapPostageCNY, BigDecimal wrapWeight, List<String> stopWords,
                              List<Object> allStopWords, ChannelLine channel, CjPostage cjRespDTO, AreaView destArea,
                              AreaView srcArea, boolean dump, List<ZonePrice> zonePrice, List<RuleTip> allRuleTips,
                              BigDecimal taxesFee, BigDecimal clearanceOperationFee, BigDecimal totalPostageFee) {
}
