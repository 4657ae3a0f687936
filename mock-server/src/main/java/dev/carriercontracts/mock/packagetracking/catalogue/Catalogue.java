package dev.carriercontracts.mock.packagetracking.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.config.ConfigProblem;
import dev.carriercontracts.mock.packagetracking.shipment.Places;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The carrier's own data from its config section: the carrier codes it answers for (with the company name its
 * traces use), the cities and couriers its traces name, and the time zone of the trace times.
 *
 * <pre>{@code
 * companies: {shunfeng: 顺丰速运, yuantong: 圆通速递}
 * cities: [深圳, 上海, 北京]
 * couriers: [王师傅, 李师傅]
 * timeZone: Asia/Shanghai
 * }</pre>
 */
public record Catalogue(Map<String, String> companies, List<String> cities, List<String> couriers, ZoneId timeZone) {

    /** The document gives no time zone; the spec presumes China Standard Time. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public Catalogue {
        companies = Map.copyOf(companies);
        cities = List.copyOf(cities);
        couriers = List.copyOf(couriers);
    }

    /** Reads the section's own keys; every problem goes to {@code problems} with its JSON pointer. */
    public static Catalogue from(JsonNode section, String pointer, List<ConfigProblem> problems) {
        Map<String, String> companies = new LinkedHashMap<>();
        JsonNode companiesNode = section.path("companies");
        if (!companiesNode.isMissingNode() && !companiesNode.isNull() && !companiesNode.isObject()) {
            problems.add(new ConfigProblem(pointer + "/companies", "a mapping of carrier code to company name, e.g. {shunfeng: 顺丰速运}"));
        }
        companiesNode.properties().forEach(company -> {
            String code = company.getKey();
            if (code.isBlank() || code.contains(":") || code.length() > 32) {
                problems.add(new ConfigProblem(pointer + "/companies/" + code, "a carrier code has 1 to 32 characters and no colon"));
            } else if (!company.getValue().isTextual() || company.getValue().asText().isBlank()) {
                problems.add(new ConfigProblem(pointer + "/companies/" + code, "the company's name, e.g. 顺丰速运"));
            } else {
                companies.put(code, company.getValue().asText());
            }
        });
        // with no carrier code nothing is ever tracked, so places are only needed when there is one
        int needed = companies.isEmpty() ? 0 : 1;
        List<String> cities = names(section, "cities", 3 * needed, "at least 3 different cities (origin, hub and destination of each shipment)", pointer, problems);
        List<String> couriers = names(section, "couriers", needed, "at least 1 courier name", pointer, problems);
        return new Catalogue(companies, cities, couriers, zone(section, pointer, problems));
    }

    /** The company name of a carrier code the mock answers for. */
    public Optional<String> company(String expCode) {
        return Optional.ofNullable(companies.get(expCode));
    }

    /**
     * The places of a shipment, picked by its code and number: the same number always gets the same cities,
     * courier and phone, so repeated queries tell one story.
     */
    public Places placesFor(String expCode, String expNo) {
        int n = cities.size();
        int hash = Math.abs((expCode + ":" + expNo).hashCode() % 1_000_000_007);
        int origin = hash % n;
        int hub = (origin + 1 + (hash / n) % (n - 1)) % n;
        int skip = (hash / (n * n)) % (n - 2);
        int destination = 0;
        while (destination == origin || destination == hub || skip-- > 0) {
            destination++;
        }
        String courier = couriers.get((hash / 7) % couriers.size());
        String phone = String.format("1%d%d****%04d", 3 + hash % 6, hash % 10, (hash / 13) % 10_000);
        return new Places(companies.get(expCode), cities.get(origin), cities.get(hub), cities.get(destination), courier, phone);
    }

    /** A list of distinct names; fewer than {@code least} is a problem (unless the list itself is not one). */
    private static List<String> names(JsonNode section, String key, int least, String enough, String pointer, List<ConfigProblem> problems) {
        JsonNode node = section.path(key);
        Set<String> names = new LinkedHashSet<>();
        if (!node.isMissingNode() && !node.isNull() && !node.isArray()) {
            problems.add(new ConfigProblem(pointer + "/" + key, "a list of names, e.g. [" + (key.equals("cities") ? "上海, 北京, 深圳" : "王师傅") + "]"));
            return List.of();
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode name = node.get(i);
            if (!name.isTextual() || name.asText().isBlank()) {
                problems.add(new ConfigProblem(pointer + "/" + key + "/" + i, "a name, e.g. " + (key.equals("cities") ? "上海" : "王师傅")));
            } else {
                names.add(name.asText());
            }
        }
        if (names.size() < least) {
            problems.add(new ConfigProblem(pointer + "/" + key, enough));
        }
        return List.copyOf(names);
    }

    private static ZoneId zone(JsonNode section, String pointer, List<ConfigProblem> problems) {
        JsonNode node = section.path("timeZone");
        if (node.isMissingNode() || node.isNull()) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(node.asText());
        } catch (DateTimeException e) {
            problems.add(new ConfigProblem(pointer + "/timeZone", "not a time zone such as Asia/Shanghai or +08:00: '" + node.asText() + "'"));
            return DEFAULT_ZONE;
        }
    }
}
