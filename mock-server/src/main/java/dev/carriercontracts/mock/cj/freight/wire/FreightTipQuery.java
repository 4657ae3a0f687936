package dev.carriercontracts.mock.cj.freight.wire;

import java.math.BigDecimal;
import java.util.List;

/** A {@code reqDTOS} item of freightCalculateTip: the fields the mock uses (the others are accepted and ignored). */
public record FreightTipQuery(String srcAreaCode, String destAreaCode, String zip, String phone, String email,
                              String dutyNo, String houseNumber, String uid, String optionName, BigDecimal weight,
                              BigDecimal wrapWeight, BigDecimal volumeWeight, BigDecimal amount,
                              BigDecimal totalGoodsAmount, List<String> skuList, List<FreightTrialSku> freightTrialSkuList,
                              List<String> storageIdList) {
}
