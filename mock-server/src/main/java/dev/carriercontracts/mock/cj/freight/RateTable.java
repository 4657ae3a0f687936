package dev.carriercontracts.mock.cj.freight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rate table of the config, indexed: which channels serve a route, and at what price. */
public final class RateTable {

    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, Channel> channelsByName = new LinkedHashMap<>();
    private final Map<String, AddressRule> rules = new LinkedHashMap<>();
    private final Map<String, Pattern> rulePatterns = new LinkedHashMap<>();
    private final List<Channel> channels;
    private final Money money;

    public RateTable(FreightSettings settings) {
        settings.countries().forEach(c -> countries.put(c.code(), c));
        settings.addressRules().forEach(r -> {
            rules.put(r.type(), r);
            rulePatterns.put(r.type(), Pattern.compile(r.expression()));
        });
        this.channels = List.copyOf(settings.channels());
        channels.forEach(c -> channelsByName.put(key(c.name()), c));
        this.money = new Money(settings.cnyPerUsd());
    }

    public Money money() {
        return money;
    }

    public List<Channel> channels() {
        return channels;
    }

    /** A country by its code, whatever its case ({@code us} is {@code US}). */
    public Optional<Country> country(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(countries.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    /** A channel by its English name, whatever its case. */
    public Optional<Channel> channelNamed(String name) {
        return Optional.ofNullable(channelsByName.get(key(name)));
    }

    /**
     * Every channel that carries this weight from one country to another, in the table's order. An unknown
     * country, or a route no channel serves, gives none.
     */
    public List<Offer> offers(String fromCode, String toCode, BigDecimal grams) {
        Optional<Country> from = country(fromCode);
        Optional<Country> to = country(toCode);
        if (from.isEmpty() || to.isEmpty()) {
            return List.of();
        }
        List<Offer> offers = new ArrayList<>();
        for (Channel channel : channels) {
            Rate rate = channel.rate(from.get().code(), to.get());
            if (rate != null && channel.carries(grams)) {
                offers.add(new Offer(channel, rate, from.get(), to.get()));
            }
        }
        return offers;
    }

    /** The countries a channel delivers to from its first origin, in the table's order. */
    public List<Country> destinations(Channel channel) {
        String origin = channel.rates().get(0).from();
        return countries.values().stream().filter(c -> channel.rate(origin, c) != null).toList();
    }

    public AddressRule rule(String type) {
        return rules.get(type);
    }

    /** Whether a recipient value satisfies the rule of this type. */
    public boolean satisfies(String type, String value) {
        return rules.get(type).accepts(value, rulePatterns.get(type));
    }

    private static String key(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }
}
