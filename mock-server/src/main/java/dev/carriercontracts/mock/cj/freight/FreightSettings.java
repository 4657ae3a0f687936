package dev.carriercontracts.mock.cj.freight;

import java.math.BigDecimal;
import java.util.List;

/** The {@code freight} section of the CJ config: the rate table every freight figure is computed from. */
public record FreightSettings(BigDecimal cnyPerUsd, List<Country> countries, List<AddressRule> addressRules,
                              List<Channel> channels) {
}
