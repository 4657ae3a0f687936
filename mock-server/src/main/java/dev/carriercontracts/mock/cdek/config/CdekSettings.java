package dev.carriercontracts.mock.cdek.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.config.CarrierSettings;
import dev.carriercontracts.mock.config.ConfigProblem;
import dev.carriercontracts.mock.config.InvalidConfigException;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CDEK's section of the config ({@code carriers.cdek}, defaults in {@code carrier-defaults/cdek.yaml}),
 * checked as a whole: every problem is reported at once with its place in the file.
 *
 * @param zone        the offset CDEK's timestamps are written in (CDEK writes +0700)
 * @param transitCity the city an order passes through between sender and recipient
 * @param tariffs     the tariffs served, by code
 * @param cities      the city catalogue, by code
 * @param countries   country names by ISO code, as CDEK writes them in {@code location.country}
 */
public record CdekSettings(CdekDelays delays, ZoneId zone, String transitCity, Map<Integer, Tariff> tariffs,
                           Map<Integer, City> cities, Map<String, String> countries) {

    private static final String POINTER = "/carriers/cdek";

    public CdekSettings {
        tariffs = Map.copyOf(tariffs);
        cities = Map.copyOf(cities);
        countries = Map.copyOf(countries);
    }

    public Optional<Tariff> tariff(Integer code) {
        return code == null ? Optional.empty() : Optional.ofNullable(tariffs.get(code));
    }

    public Optional<City> city(Integer code) {
        return code == null ? Optional.empty() : Optional.ofNullable(cities.get(code));
    }

    public Optional<String> country(String isoCode) {
        return isoCode == null ? Optional.empty() : Optional.ofNullable(countries.get(isoCode));
    }

    /** Reads and checks the section; a bad one is an {@link InvalidConfigException} listing every problem. */
    public static CdekSettings from(CarrierSettings settings) {
        List<ConfigProblem> problems = new ArrayList<>();
        JsonNode section = settings.section();
        CdekDelays delays = new CdekDelays(
                delay(settings, "token", CdekDelays.DEFAULT_TOKEN, true, problems),
                delay(settings, "waiting", CdekDelays.DEFAULT_WAITING, false, problems),
                delay(settings, "processing", CdekDelays.DEFAULT_PROCESSING, false, problems),
                delay(settings, "step", CdekDelays.DEFAULT_STEP, false, problems));
        ZoneId zone = zone(section.path("timeZone"), problems);
        String transitCity = text(section.path("transitCity"), POINTER + "/transitCity", true, problems);
        Map<Integer, Tariff> tariffs = tariffs(section.path("tariffs"), problems);
        Map<Integer, City> cities = cities(section.path("cities"), problems);
        Map<String, String> countries = countries(section.path("countries"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException("carriers.cdek", problems);
        }
        return new CdekSettings(delays, zone, transitCity, tariffs, cities, countries);
    }

    private static Duration delay(CarrierSettings settings, String name, Duration fallback, boolean positive, List<ConfigProblem> problems) {
        Duration d = settings.delay(name, fallback);
        if (d.isNegative() || (positive && d.isZero()) || d.compareTo(Duration.ofDays(366)) > 0) {
            problems.add(new ConfigProblem(POINTER + "/delays/" + name, "must be " + (positive ? "positive" : "zero or more")
                    + " and at most a year, not " + d));
        }
        return d;
    }

    private static ZoneId zone(JsonNode node, List<ConfigProblem> problems) {
        if (node.isMissingNode() || node.isNull()) {
            return ZoneId.of("+07:00");
        }
        try {
            return ZoneId.of(node.asText());
        } catch (DateTimeException e) {
            problems.add(new ConfigProblem(POINTER + "/timeZone", "not a zone offset or id such as +07:00 or Asia/Novosibirsk: '" + node.asText() + "'"));
            return ZoneId.of("+07:00");
        }
    }

    private static Map<Integer, Tariff> tariffs(JsonNode list, List<ConfigProblem> problems) {
        Map<Integer, Tariff> tariffs = new LinkedHashMap<>();
        if (!list.isArray() || list.isEmpty()) {
            problems.add(new ConfigProblem(POINTER + "/tariffs", "a non-empty list of {code, maxWeightGrams} is required"));
            return tariffs;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = POINTER + "/tariffs/" + i;
            JsonNode t = list.get(i);
            Integer code = positiveInt(t.path("code"), at + "/code", problems);
            Integer max = positiveInt(t.path("maxWeightGrams"), at + "/maxWeightGrams", problems);
            if (code != null && max != null && tariffs.putIfAbsent(code, new Tariff(code, max)) != null) {
                problems.add(new ConfigProblem(at + "/code", "tariff " + code + " is listed twice"));
            }
        }
        return tariffs;
    }

    private static Map<Integer, City> cities(JsonNode list, List<ConfigProblem> problems) {
        Map<Integer, City> cities = new LinkedHashMap<>();
        if (list.isMissingNode() || list.isNull()) {
            return cities;
        }
        if (!list.isArray()) {
            problems.add(new ConfigProblem(POINTER + "/cities", "a list of cities is required"));
            return cities;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = POINTER + "/cities/" + i;
            JsonNode c = list.get(i);
            Integer code = positiveInt(c.path("code"), at + "/code", problems);
            String name = text(c.path("city"), at + "/city", true, problems);
            String country = text(c.path("countryCode"), at + "/countryCode", false, problems);
            if (country != null && !country.matches("[A-Z]{2}")) {
                problems.add(new ConfigProblem(at + "/countryCode", "an ISO 3166-1 alpha-2 code such as RU, not '" + country + "'"));
            }
            JsonNode regionCode = c.path("regionCode");
            City city = new City(code == null ? 0 : code, name, country, text(c.path("region"), at + "/region", false, problems),
                    regionCode.isMissingNode() ? null : positiveInt(regionCode, at + "/regionCode", problems),
                    text(c.path("subRegion"), at + "/subRegion", false, problems),
                    text(c.path("postalCode"), at + "/postalCode", false, problems),
                    number(c.path("longitude"), at + "/longitude", problems), number(c.path("latitude"), at + "/latitude", problems));
            if (code != null && cities.putIfAbsent(code, city) != null) {
                problems.add(new ConfigProblem(at + "/code", "city " + code + " is listed twice"));
            }
        }
        return cities;
    }

    private static Map<String, String> countries(JsonNode map, List<ConfigProblem> problems) {
        Map<String, String> countries = new LinkedHashMap<>();
        if (map.isMissingNode() || map.isNull()) {
            return countries;
        }
        if (!map.isObject()) {
            problems.add(new ConfigProblem(POINTER + "/countries", "a mapping of ISO codes to country names is required"));
            return countries;
        }
        map.properties().forEach(e -> {
            String name = text(e.getValue(), POINTER + "/countries/" + e.getKey(), true, problems);
            if (name != null) {
                countries.put(e.getKey(), name);
            }
        });
        return countries;
    }

    private static Integer positiveInt(JsonNode node, String pointer, List<ConfigProblem> problems) {
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 1) {
            problems.add(new ConfigProblem(pointer, "a positive integer is required"));
            return null;
        }
        return node.asInt();
    }

    private static BigDecimal number(JsonNode node, String pointer, List<ConfigProblem> problems) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            problems.add(new ConfigProblem(pointer, "a number is required"));
            return null;
        }
        return node.decimalValue();
    }

    private static String text(JsonNode node, String pointer, boolean required, List<ConfigProblem> problems) {
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                problems.add(new ConfigProblem(pointer, "required"));
            }
            return null;
        }
        if (!node.isTextual() && !node.isNumber()) {
            problems.add(new ConfigProblem(pointer, "a string is required"));
            return null;
        }
        String text = node.asText();
        if (required && text.isBlank()) {
            problems.add(new ConfigProblem(pointer, "must not be blank"));
            return null;
        }
        return text;
    }
}
