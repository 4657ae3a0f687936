package dev.carriercontracts.mock.trackingmore.config;

import dev.carriercontracts.mock.carrier.CarrierContext;
import dev.carriercontracts.mock.config.ConfigProblem;
import dev.carriercontracts.mock.config.InvalidConfigException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * TrackingMore's own data from its config section ({@code carrier-defaults/trackingmore.yaml}, merged
 * under {@code carriers.trackingmore}): the carriers it knows, the remote-area rules and the air
 * waybill table. A section that cannot be used is refused with every problem and its place.
 */
public final class TrackingMoreSettings {

    private static final String SECTION = "/carriers/trackingmore";

    private final Map<String, Courier> couriers;
    private final List<RemoteAreaRule> remoteAreas;
    private final Map<AirWaybillNumber, AirWaybillRecord> airWaybills;

    private TrackingMoreSettings(Map<String, Courier> couriers, List<RemoteAreaRule> remoteAreas,
                                 Map<AirWaybillNumber, AirWaybillRecord> airWaybills) {
        this.couriers = Collections.unmodifiableMap(couriers);
        this.remoteAreas = List.copyOf(remoteAreas);
        this.airWaybills = Collections.unmodifiableMap(airWaybills);
    }

    public static TrackingMoreSettings from(CarrierContext context) {
        List<ConfigProblem> problems = new ArrayList<>();
        Courier[] couriers = bind(context, "couriers", Courier[].class, problems);
        boolean couriersRead = problems.isEmpty();
        RemoteAreaRule[] rules = bind(context, "remoteAreas", RemoteAreaRule[].class, problems);
        AirWaybillRecord[] waybills = bind(context, "airWaybills", AirWaybillRecord[].class, problems);

        Map<String, Courier> byCode = new LinkedHashMap<>();
        if (couriersRead && (couriers == null || couriers.length == 0)) {
            problems.add(new ConfigProblem(SECTION + "/couriers", "at least one carrier is needed"));
        } else if (couriers != null) {
            for (int i = 0; i < couriers.length; i++) {
                checkCourier(couriers[i], SECTION + "/couriers/" + i, byCode, problems);
            }
        }
        List<RemoteAreaRule> remoteAreas = new ArrayList<>();
        for (int i = 0; rules != null && i < rules.length; i++) {
            if (rules[i].countries().isEmpty() || rules[i].prefixes().isEmpty()) {
                problems.add(new ConfigProblem(SECTION + "/remoteAreas/" + i, "a rule needs countries and prefixes"));
            } else {
                remoteAreas.add(rules[i]);
            }
        }
        Map<AirWaybillNumber, AirWaybillRecord> table = new LinkedHashMap<>();
        for (int i = 0; waybills != null && i < waybills.length; i++) {
            String number = waybills[i].number();
            Optional<AirWaybillNumber> parsed = number == null ? Optional.empty() : AirWaybillNumber.parse(number);
            if (parsed.isEmpty()) {
                problems.add(new ConfigProblem(SECTION + "/airWaybills/" + i + "/number",
                        "not an air waybill number (3 digits, dash, 8 digits whose last is the first seven modulo 7): '" + number + "'"));
            } else {
                table.put(parsed.get(), waybills[i]);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigException("carriers.trackingmore", problems);
        }
        return new TrackingMoreSettings(byCode, remoteAreas, table);
    }

    public Optional<Courier> courier(String code) {
        return Optional.ofNullable(couriers.get(code));
    }

    public List<RemoteAreaRule> remoteAreas() {
        return remoteAreas;
    }

    public Optional<AirWaybillRecord> airWaybill(AirWaybillNumber number) {
        return Optional.ofNullable(airWaybills.get(number));
    }

    private static void checkCourier(Courier c, String pointer, Map<String, Courier> byCode, List<ConfigProblem> problems) {
        if (c.code() == null || c.code().isBlank()) {
            problems.add(new ConfigProblem(pointer + "/code", "a carrier code is required"));
            return;
        }
        if (c.name() == null || c.name().isBlank()) {
            problems.add(new ConfigProblem(pointer + "/name", "a name is required"));
        }
        if (c.country() == null || !c.country().matches("[A-Za-z]{2}")) {
            problems.add(new ConfigProblem(pointer + "/country", "a two-letter country code is required"));
        }
        if (c.transitDays() < 1) {
            problems.add(new ConfigProblem(pointer + "/transitDays", "at least 1 day"));
        }
        if (byCode.putIfAbsent(c.code(), c) != null) {
            problems.add(new ConfigProblem(pointer + "/code", "carrier code '" + c.code() + "' is listed twice"));
        }
    }

    private static <T> T bind(CarrierContext context, String name, Class<T> type, List<ConfigProblem> problems) {
        try {
            return context.settings(name, type);
        } catch (IllegalArgumentException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            problems.add(new ConfigProblem(SECTION + "/" + name, "cannot be read: " + reason));
            return null;
        }
    }
}
