package dev.carriercontracts.mock.cj.freight.wire;

import java.util.List;

/** Body of freightCalculateTip: one trial per {@code reqDTOS} item. */
public record FreightTipRequest(List<FreightTipQuery> reqDTOS) {
}
