package dev.carriercontracts.mock.cnexpress.settings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.auth.Credential;
import dev.carriercontracts.mock.carrier.CarrierContext;
import dev.carriercontracts.mock.cnexpress.catalogue.Catalogue;
import dev.carriercontracts.mock.cnexpress.catalogue.City;
import dev.carriercontracts.mock.cnexpress.catalogue.CityTree;
import dev.carriercontracts.mock.cnexpress.catalogue.Product;
import dev.carriercontracts.mock.cnexpress.catalogue.Route;
import dev.carriercontracts.mock.cnexpress.request.Delays;
import dev.carriercontracts.mock.cnexpress.tracking.TrackingEvent;
import dev.carriercontracts.mock.config.InvalidConfigException;

import java.math.BigDecimal;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The carrier's own config section ({@code carriers.cnexpress}, defaults in {@code carrier-defaults/cnexpress.yaml}),
 * read and checked as a whole: every problem is reported at once, with its JSON pointer, as an
 * {@link InvalidConfigException}.
 *
 * @param baseUrl the start of the URLs in answers, or null to build them from each request's Host header
 */
public record CnExpressSettings(Catalogue catalogue, Delays delays, List<TrackingEvent> tracking, String baseUrl,
                                List<AccountSettings> accounts) {

    record ProductEntry(String barcode, String name) {
    }

    record RouteEntry(String code, String name, Map<String, BigDecimal> rates) {
    }

    record CityEntry(String name, List<CityEntry> contains) {
    }

    record TrackingEntry(List<EventEntry> events) {
    }

    record EventEntry(Duration after, String detail, String zone) {
    }

    public static CnExpressSettings read(CarrierContext context) {
        SectionReader section = new SectionReader(context);
        Delays delays = delays(context);
        List<Integer> tins = tins(section);
        List<Product> products = products(section);
        List<Route> routes = routes(section, tins);
        Route defaultRoute = defaultRoute(section, routes);
        CityTree cities = cities(section);
        List<TrackingEvent> tracking = tracking(section);
        String baseUrl = baseUrl(section);
        List<AccountSettings> accounts = accounts(context, section);
        section.throwIfInvalid();
        return new CnExpressSettings(new Catalogue(products, routes, defaultRoute, cities, tins), delays, tracking, baseUrl, accounts);
    }

    private static Delays delays(CarrierContext context) {
        Duration waiting = context.settings().delay("waiting", Delays.DEFAULT_WAITING);
        Duration processing = context.settings().delay("processing", Delays.DEFAULT_PROCESSING);
        return new Delays(waiting, processing); // the config loader refuses negative delays
    }

    private static List<Integer> tins(SectionReader section) {
        Integer[] tins = section.bind("tinsPerPackage", Integer[].class);
        if (tins == null || tins.length == 0) {
            section.problem("/tinsPerPackage", "list the tins a package may hold, e.g. [4, 6]");
            return List.of();
        }
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < tins.length; i++) {
            if (tins[i] == null || tins[i] < 1) {
                section.problem("/tinsPerPackage/" + i, "must be a whole number of at least 1");
            } else {
                valid.add(tins[i]);
            }
        }
        return valid;
    }

    private static List<Product> products(SectionReader section) {
        ProductEntry[] entries = section.bind("products", ProductEntry[].class);
        if (entries == null || entries.length == 0) {
            section.problem("/products", "list at least one product {barcode, name}");
            return List.of();
        }
        List<Product> products = new ArrayList<>();
        Set<String> barcodes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < entries.length; i++) {
            ProductEntry e = entries[i];
            String at = "/products/" + i;
            if (e == null || e.barcode() == null || !e.barcode().matches("[0-9]{13}")) {
                section.problem(at + "/barcode", "must be an EAN-13 barcode (13 digits, as a string)");
            } else if (e.name() == null || e.name().isBlank()) {
                section.problem(at + "/name", "must not be empty");
            } else if (!barcodes.add(e.barcode())) {
                section.problem(at + "/barcode", "is listed twice: " + e.barcode());
            } else if (!names.add(e.name())) {
                section.problem(at + "/name", "is listed twice: " + e.name());
            } else {
                products.add(new Product(e.barcode(), e.name()));
            }
        }
        return products;
    }

    private static List<Route> routes(SectionReader section, List<Integer> tins) {
        RouteEntry[] entries = section.bind("routes", RouteEntry[].class);
        if (entries == null || entries.length == 0) {
            section.problem("/routes", "list at least one route {code, name, rates}");
            return List.of();
        }
        List<Route> routes = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < entries.length; i++) {
            RouteEntry e = entries[i];
            String at = "/routes/" + i;
            if (e == null || e.code() == null || e.code().isBlank()) {
                section.problem(at + "/code", "must not be empty");
                continue;
            }
            if (!codes.add(e.code())) {
                section.problem(at + "/code", "is listed twice: " + e.code());
                continue;
            }
            if (e.name() == null || e.name().isBlank()) {
                section.problem(at + "/name", "must not be empty");
            }
            Map<Integer, Long> rates = new TreeMap<>();
            Map<String, BigDecimal> given = e.rates() == null ? Map.of() : e.rates();
            given.forEach((key, price) -> {
                Integer tinCount = parseTins(key);
                Long hundredths = hundredths(price);
                if (tinCount == null) {
                    section.problem(at + "/rates/" + key, "the key must be a number of tins, e.g. 4");
                } else if (hundredths == null) {
                    section.problem(at + "/rates/" + key, "must be a price of at least 0 with at most 2 decimals, e.g. 13.0");
                } else {
                    rates.put(tinCount, hundredths);
                }
            });
            for (Integer t : tins) {
                if (!rates.containsKey(t)) {
                    section.problem(at + "/rates", "has no rate for a package of " + t + " tins (tinsPerPackage)");
                    break;
                }
            }
            routes.add(new Route(e.code(), e.name(), rates));
        }
        return routes;
    }

    private static Route defaultRoute(SectionReader section, List<Route> routes) {
        String code = section.bind("defaultRoute", String.class);
        if (code == null) {
            return routes.isEmpty() ? null : routes.get(0);
        }
        for (Route route : routes) {
            if (route.code().equals(code)) {
                return route;
            }
        }
        section.problem("/defaultRoute", "'" + code + "' is not the code of a route");
        return null;
    }

    private static CityTree cities(SectionReader section) {
        CityEntry[] entries = section.bind("cities", CityEntry[].class);
        if (entries == null || entries.length == 0) {
            section.problem("/cities", "list at least one city {name, contains}");
            return new CityTree(List.of(), Set.of());
        }
        List<City> roots = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            roots.add(city(entries[i], "/cities/" + i, section));
        }
        String[] refused = section.bind("refusedCities", String[].class);
        Set<String> refusedRegions = new LinkedHashSet<>(refused == null ? List.of() : List.of(refused));
        CityTree tree = new CityTree(roots, refusedRegions);
        int i = 0;
        for (String name : refusedRegions) {
            if (!tree.contains(name)) {
                section.problem("/refusedCities/" + i, "'" + name + "' is not a name of the cities tree");
            }
            i++;
        }
        return tree;
    }

    private static City city(CityEntry entry, String at, SectionReader section) {
        if (entry == null || entry.name() == null || entry.name().isBlank()) {
            section.problem(at + "/name", "must not be empty");
            return new City("?", List.of());
        }
        List<City> children = new ArrayList<>();
        List<CityEntry> contains = entry.contains() == null ? List.of() : entry.contains();
        for (int i = 0; i < contains.size(); i++) {
            children.add(city(contains.get(i), at + "/contains/" + i, section));
        }
        return new City(entry.name(), children);
    }

    private static List<TrackingEvent> tracking(SectionReader section) {
        TrackingEntry entry = section.bind("tracking", TrackingEntry.class);
        if (entry == null || entry.events() == null || entry.events().isEmpty()) {
            section.problem("/tracking/events", "list at least one tracking event {after, detail}");
            return List.of();
        }
        List<TrackingEvent> events = new ArrayList<>();
        Duration previous = Duration.ZERO;
        for (int i = 0; i < entry.events().size(); i++) {
            EventEntry e = entry.events().get(i);
            String at = "/tracking/events/" + i;
            if (e == null || e.after() == null || e.after().isNegative() || e.after().compareTo(previous) < 0) {
                section.problem(at + "/after", "must be a duration after the request succeeded, not before the previous event's");
                continue;
            }
            if (e.detail() == null || e.detail().isBlank()) {
                section.problem(at + "/detail", "must not be empty");
                continue;
            }
            ZoneOffset zone;
            try {
                zone = e.zone() == null ? ZoneOffset.UTC : ZoneOffset.of(e.zone());
            } catch (DateTimeException ex) {
                section.problem(at + "/zone", "must be an offset such as Z or +08:00");
                continue;
            }
            previous = e.after();
            events.add(new TrackingEvent(e.after(), e.detail(), zone));
        }
        return events;
    }

    private static String baseUrl(SectionReader section) {
        String url = section.bind("baseUrl", String.class);
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("not absolute");
            }
        } catch (IllegalArgumentException e) {
            section.problem("/baseUrl", "must be an absolute http(s) URL such as https://cnexpress.co.uk/api/v1");
            return null;
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static List<AccountSettings> accounts(CarrierContext context, SectionReader section) {
        List<AccountSettings> accounts = new ArrayList<>();
        List<Credential> credentials = context.credentials().all();
        for (int i = 0; i < credentials.size(); i++) {
            Credential c = credentials.get(i);
            String at = "/credentials/" + i + "/attributes/";
            JsonNode testMode = c.attribute("test_mode");
            JsonNode credit = c.attribute("credit");
            JsonNode currency = c.attribute("currency");
            boolean valid = true;
            if (!testMode.isMissingNode() && !testMode.isBoolean()) {
                section.problem(at + "test_mode", "must be true or false");
                valid = false;
            }
            Long hundredths = credit.isMissingNode() ? Long.valueOf(0) : credit.isNumber() ? hundredths(credit.decimalValue()) : null;
            if (hundredths == null) {
                section.problem(at + "credit", "must be an amount of at least 0 with at most 2 decimals, e.g. 1046.0");
                valid = false;
            }
            if (!currency.isMissingNode() && (!currency.isTextual() || currency.asText().isBlank())) {
                section.problem(at + "currency", "must be a currency code such as GBP");
                valid = false;
            }
            if (valid) {
                accounts.add(new AccountSettings(c, testMode.asBoolean(true), hundredths,
                        currency.isMissingNode() ? "GBP" : currency.asText()));
            }
        }
        return accounts;
    }

    private static Integer parseTins(String key) {
        try {
            int tins = Integer.parseInt(key.trim());
            return tins >= 1 ? tins : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An amount in hundredths, or null when it is negative or has more than two decimals. */
    static Long hundredths(BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            return null;
        }
        try {
            return amount.movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
