package dev.carriercontracts.mock.cdek.orders.rules;

import dev.carriercontracts.mock.cdek.CdekError;
import dev.carriercontracts.mock.cdek.orders.OrderDraft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code error_validate_receiver_phone_number_incorrect}: the recipient has a phone number, and a
 * recipient in Russia a Russian mobile one. The seed says "79*"; its own sample order, which CDEK
 * created, gives {@code 9990001234}, so the mock takes a mobile number with or without the
 * country code 7 ({@code +7 9xx xxx-xx-xx} or {@code 9xx xxx-xx-xx}), once spaces, dashes,
 * brackets and {@code +} are left out.
 */
final class RecipientPhoneIsValid implements OrderRule {

    static final String CODE = "error_validate_receiver_phone_number_incorrect";
    private static final Pattern RUSSIAN_MOBILE = Pattern.compile("7?9[0-9]{9}");
    private static final Pattern DECORATION = Pattern.compile("[\\s()+-]");

    private final Countries countries;

    RecipientPhoneIsValid(Countries countries) {
        this.countries = countries;
    }

    @Override
    public List<CdekError> check(OrderDraft order) {
        List<OrderDraft.Phone> phones = order.recipient() == null || order.recipient().phones() == null
                ? List.of() : order.recipient().phones();
        if (phones.stream().noneMatch(p -> p.number() != null && !p.number().isBlank())) {
            return List.of(new CdekError(CODE, "The recipient has no phone number"));
        }
        if (!countries.of(order.toLocation()).map("RU"::equals).orElse(false)) {
            return List.of();
        }
        List<CdekError> errors = new ArrayList<>();
        for (OrderDraft.Phone phone : phones) {
            String digits = phone.number() == null ? "" : DECORATION.matcher(phone.number()).replaceAll("");
            if (!RUSSIAN_MOBILE.matcher(digits).matches()) {
                errors.add(new CdekError(CODE, "Recipient phone " + phone.number() + " is not a Russian mobile number (79…)"));
            }
        }
        return errors;
    }
}
