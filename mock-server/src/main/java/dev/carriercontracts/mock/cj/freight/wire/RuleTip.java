package dev.carriercontracts.mock.cj.freight.wire;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An address rule of an option ({@code ruleTips}, {@code allRuleTips}); {@code max}/{@code min} null as CJ sends them. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RuleTip(String expression, String interceptType, String max, String min, String msgCode, String msgEn,
                      String type) {
}
