package dev.carriercontracts.mock.cdek.lifecycle;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mock's magic order numbers, so a test can ask for a delivery outcome on purpose:
 * {@code NOT_DELIVERED-<reason>} ends NOT_DELIVERED with that reason code (any code of the seed's
 * table that goes with NOT_DELIVERED), {@code DELIVERED-20} ends with a partial delivery. Anything
 * may follow after a further {@code -} (e.g. {@code NOT_DELIVERED-11-order-42}), so numbers stay
 * unique. Every other number is delivered.
 */
public final class MagicNumber {

    private static final Pattern ENDING = Pattern.compile("^(NOT_DELIVERED|DELIVERED)-([0-9]{1,2})(?:-.*)?$");

    private MagicNumber() {
    }

    public static Ending endingFor(String number) {
        if (number == null) {
            return Ending.DELIVERED;
        }
        Matcher m = ENDING.matcher(number);
        if (!m.matches()) {
            return Ending.DELIVERED;
        }
        OrderStatus asked = OrderStatus.valueOf(m.group(1));
        String reason = m.group(2);
        return ReasonCodes.statusOf(reason).filter(asked::equals).map(status -> new Ending(status, reason)).orElse(Ending.DELIVERED);
    }
}
