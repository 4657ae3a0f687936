package dev.carriercontracts.mock.cj.freight;

import java.util.regex.Pattern;

/**
 * A rule a recipient field must satisfy for some channels ({@code ruleTips}, {@code allRuleTips}).
 *
 * @param type          the field: phone, dutyNo, email, zip, destArea3Id or houseNumber
 * @param interceptType {@code 0} blocks the order, {@code 1} only warns
 */
public record AddressRule(String type, String expression, String msgCode, String msgEn, String interceptType) {

    /** Whether a value passes (an absent value never does: the channel needs the field). */
    public boolean accepts(String value, Pattern compiled) {
        return value != null && !value.isBlank() && compiled.matcher(value).matches();
    }
}
