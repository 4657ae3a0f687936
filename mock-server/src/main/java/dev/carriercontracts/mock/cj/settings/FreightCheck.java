package dev.carriercontracts.mock.cj.settings;

import dev.carriercontracts.mock.cj.freight.AddressRule;
import dev.carriercontracts.mock.cj.freight.Channel;
import dev.carriercontracts.mock.cj.freight.Country;
import dev.carriercontracts.mock.cj.freight.FreightSettings;
import dev.carriercontracts.mock.cj.freight.Rate;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** What the {@code freight} section must hold so that every quote can be computed and is valid against the spec. */
final class FreightCheck {

    private static final String AT = CjSettings.BASE + "/freight";
    private static final Set<String> RULE_TYPES = Set.of("phone", "dutyNo", "email", "zip", "destArea3Id", "houseNumber");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

    private final FreightSettings freight;
    private final Problems problems;
    private final Set<String> countryCodes = new HashSet<>();
    private final Set<String> zones = new HashSet<>();
    private final Set<String> ruleTypes = new HashSet<>();

    FreightCheck(FreightSettings freight, Problems problems) {
        this.freight = freight;
        this.problems = problems;
    }

    void run() {
        problems.positive(AT + "/cnyPerUsd", freight.cnyPerUsd());
        if (problems.present(AT + "/countries", freight.countries())) {
            for (int i = 0; i < freight.countries().size(); i++) {
                country(AT + "/countries/" + i, freight.countries().get(i));
            }
        }
        if (freight.addressRules() != null) {
            for (int i = 0; i < freight.addressRules().size(); i++) {
                rule(AT + "/addressRules/" + i, freight.addressRules().get(i));
            }
        }
        if (problems.present(AT + "/channels", freight.channels())) {
            Set<String> names = new HashSet<>();
            Set<String> prefixes = new HashSet<>();
            for (int i = 0; i < freight.channels().size(); i++) {
                String at = AT + "/channels/" + i;
                Channel channel = freight.channels().get(i);
                channel(at, channel);
                if (channel.name() != null && !names.add(channel.name().toLowerCase(Locale.ROOT))) {
                    problems.add(at + "/name", "another channel has the name '" + channel.name() + "'");
                }
                if (channel.tracking() != null && channel.tracking().prefix() != null
                        && !prefixes.add(channel.tracking().prefix().toUpperCase(Locale.ROOT))) {
                    problems.add(at + "/tracking/prefix", "another channel has the tracking prefix '" + channel.tracking().prefix() + "'");
                }
            }
        }
    }

    private void country(String at, Country c) {
        if (problems.present(at + "/code", c.code())) {
            if (!COUNTRY_CODE.matcher(c.code()).matches()) {
                problems.add(at + "/code", "must be two capital letters (ISO 3166-1 alpha-2): '" + c.code() + "'");
            } else if (!countryCodes.add(c.code())) {
                problems.add(at + "/code", "another country has the code " + c.code());
            }
        }
        problems.present(at + "/id", c.id());
        problems.present(at + "/cnName", c.cnName());
        problems.present(at + "/enName", c.enName());
        if (problems.present(at + "/zone", c.zone())) {
            zones.add(c.zone());
        }
        if (c.vatRate() != null && (c.vatRate().signum() < 0 || c.vatRate().compareTo(BigDecimal.ONE) > 0)) {
            problems.add(at + "/vatRate", "must be between 0 and 1 (e.g. 0.2 for 20 %)");
        }
        problems.notNegative(at + "/clearanceFee", c.clearanceFee());
        if (c.remoteArea() != null) {
            problems.present(at + "/remoteArea/zipPrefixes", c.remoteArea().zipPrefixes());
            problems.positive(at + "/remoteArea/fee", c.remoteArea().fee());
        }
    }

    private void rule(String at, AddressRule r) {
        if (problems.present(at + "/type", r.type())) {
            if (!RULE_TYPES.contains(r.type())) {
                problems.add(at + "/type", "must be one of " + String.join(", ", RULE_TYPES.stream().sorted().toList()));
            } else if (!ruleTypes.add(r.type())) {
                problems.add(at + "/type", "another rule has the type " + r.type());
            }
        }
        if (problems.present(at + "/expression", r.expression())) {
            try {
                Pattern.compile(r.expression());
            } catch (PatternSyntaxException e) {
                problems.add(at + "/expression", "not a regular expression: " + e.getDescription());
            }
        }
        problems.present(at + "/msgCode", r.msgCode());
        problems.present(at + "/msgEn", r.msgEn());
        if (problems.present(at + "/interceptType", r.interceptType()) && !List.of("0", "1").contains(r.interceptType())) {
            problems.add(at + "/interceptType", "must be '0' (blocking) or '1' (a warning)");
        }
    }

    private void channel(String at, Channel c) {
        // names and times end up in fields the spec limits (logisticName and logisticAging: 20 characters)
        if (problems.present(at + "/name", c.name())) {
            problems.atMost(at + "/name", c.name(), 20);
        }
        problems.present(at + "/cnName", c.cnName());
        problems.present(at + "/code", c.code());
        problems.present(at + "/optionId", c.optionId());
        if (problems.present(at + "/channel", c.channel())) {
            problems.present(at + "/channel/id", c.channel().id());
            problems.present(at + "/channel/cnName", c.channel().cnName());
            problems.present(at + "/channel/enName", c.channel().enName());
        }
        problems.present(at + "/reSort", c.reSort());
        problems.atMost(at + "/message", c.message(), 200);
        if (c.priceIncreases() <= 0) {
            problems.add(at + "/priceIncreases", "must be greater than 0 (percent of the base freight: 100 = as is, 115 = +15 %)");
        }
        if (c.maxWeightGrams() <= 0) {
            problems.add(at + "/maxWeightGrams", "must be greater than 0");
        }
        if (c.requires() != null) {
            for (int i = 0; i < c.requires().size(); i++) {
                if (!ruleTypes.contains(c.requires().get(i))) {
                    problems.add(at + "/requires/" + i, "no address rule of type '" + c.requires().get(i) + "' (see /freight/addressRules)");
                }
            }
        } else {
            problems.add(at + "/requires", "is required (an empty list when the channel checks nothing)");
        }
        if (problems.present(at + "/rates", c.rates())) {
            for (int i = 0; i < c.rates().size(); i++) {
                rate(at + "/rates/" + i, c.rates().get(i));
            }
        }
        if (problems.present(at + "/tracking", c.tracking())) {
            problems.present(at + "/tracking/prefix", c.tracking().prefix());
            problems.present(at + "/tracking/lastMileCarrier", c.tracking().lastMileCarrier());
            problems.present(at + "/tracking/lastMilePrefix", c.tracking().lastMilePrefix());
        }
    }

    private void rate(String at, Rate r) {
        if (problems.present(at + "/from", r.from()) && !countryCodes.contains(r.from())) {
            problems.add(at + "/from", "no country with the code '" + r.from() + "' (see /freight/countries)");
        }
        if (problems.present(at + "/to", r.to())) {
            for (int i = 0; i < r.to().size(); i++) {
                String to = r.to().get(i);
                if (!countryCodes.contains(to) && !zones.contains(to)) {
                    problems.add(at + "/to/" + i, "neither a country code nor a zone of /freight/countries: '" + to + "'");
                }
            }
        }
        if (r.firstWeightGrams() < 0) {
            problems.add(at + "/firstWeightGrams", "must not be negative");
        }
        if (problems.present(at + "/firstPrice", r.firstPrice())) {
            problems.notNegative(at + "/firstPrice", r.firstPrice());
        }
        if (problems.present(at + "/perGram", r.perGram())) {
            problems.notNegative(at + "/perGram", r.perGram());
        }
        if (problems.present(at + "/aging", r.aging())) {
            problems.atMost(at + "/aging", r.aging(), 20);
        }
    }
}
