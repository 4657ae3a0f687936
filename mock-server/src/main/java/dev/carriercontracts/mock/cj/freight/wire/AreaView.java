package dev.carriercontracts.mock.cj.freight.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.carriercontracts.mock.cj.freight.Country;

/** A country as a detailed quote shows it ({@code srcArea}, {@code destArea}); {@code parentId} null for a country. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AreaView(String cnName, String countryId, String enName, String id, String parentId, String postCode,
                       String shortCode) {

    public static AreaView of(Country country) {
        return new AreaView(country.cnName(), country.id(), country.enName(), country.id(), null, "", country.code());
    }
}
