package dev.carriercontracts.mock.trackingmore.wire;

import dev.carriercontracts.mock.trackingmore.config.Courier;
import dev.carriercontracts.mock.trackingmore.config.TrackingMoreSettings;
import dev.carriercontracts.mock.trackingmore.lifecycle.Delays;
import dev.carriercontracts.mock.trackingmore.lifecycle.Reached;
import dev.carriercontracts.mock.trackingmore.tracking.OrderDetails;
import dev.carriercontracts.mock.trackingmore.tracking.Tracking;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/**
 * A stored tracking as TrackingMore shows it at an instant: its status and checkpoints derived
 * from its timeline, its carrier's details from the catalogue, the merchant's fields as given.
 * Checkpoint times are UTC (TrackingMore shows the carrier's local time; the mock has no zones).
 */
public final class TrackingViews {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final TrackingMoreSettings settings;
    private final Delays delays;

    public TrackingViews(TrackingMoreSettings settings, Delays delays) {
        this.settings = settings;
        this.delays = delays;
    }

    public TrackingJson view(Tracking t, Instant now) {
        List<Reached> timeline = t.timeline(now, delays);
        Reached current = timeline.get(timeline.size() - 1);
        Courier courier = settings.courier(t.key().carrierCode()).orElse(null);
        OrderDetails d = t.details();
        String destination = countryName(d.destinationCode());
        List<Reached> events = timeline.stream().filter(r -> CheckpointText.of(r.state()).isPresent()).toList();
        List<CheckpointJson> checkpoints = checkpoints(events, courier, t.key().carrierCode(), destination);
        CheckpointJson latest = checkpoints.isEmpty() ? null : checkpoints.get(0);
        boolean isFinal = current.state().isFinal();
        Integer itemDays = events.isEmpty() ? null : days(events.get(0).at(), isFinal ? events.get(events.size() - 1).at() : now);
        Integer stayDays = events.isEmpty() ? null : isFinal ? 0 : days(events.get(events.size() - 1).at(), now);

        return new TrackingJson(t.id(), t.key().trackingNumber(), t.key().carrierCode(), current.state().wire(),
                CheckpointText.of(current.state()).map(CheckpointText::substatus).orElse(null),
                ISO.format(t.createdAt()), ISO.format(current.at()), d.orderCreateTime(), d.destinationCode(), d.title(),
                d.logisticsChannel(), d.customerName(), d.customerEmail(), d.customerPhone(), d.orderId(), d.comment(),
                t.archived(), t.updating(current.state()), courier == null ? null : countryName(courier.country()), destination,
                itemDays, stayDays, originInfo(checkpoints, courier, t.key().carrierCode()),
                latest == null ? null : String.join(",", latest.statusDescription(), nullToEmpty(latest.details()), latest.date()),
                latest == null ? null : latest.date());
    }

    /** One checkpoint per state entered that brings one, newest first. */
    private static List<CheckpointJson> checkpoints(List<Reached> events, Courier courier, String carrierCode, String destination) {
        String courierName = courier == null ? carrierCode : courier.name();
        String origin = courier == null ? null : courier.hub();
        List<CheckpointJson> checkpoints = new ArrayList<>(events.size());
        for (Reached r : events) {
            checkpoints.add(0, CheckpointText.of(r.state()).orElseThrow().checkpoint(LOCAL.format(r.at()), courierName, origin, destination));
        }
        return checkpoints;
    }

    private static CarrierInfoJson originInfo(List<CheckpointJson> checkpoints, Courier courier, String carrierCode) {
        return new CarrierInfoJson(milestone(checkpoints, "ItemReceived"), null, null, null, null,
                milestone(checkpoints, "DestinationArrived"), courier == null ? null : courier.weblink(),
                courier == null ? null : courier.phone(), carrierCode, checkpoints);
    }

    private static String milestone(List<CheckpointJson> checkpoints, String node) {
        return checkpoints.stream().filter(c -> node.equals(c.itemNode())).map(CheckpointJson::date).findFirst().orElse(null);
    }

    /** The English name of a two-letter country code, or null when it is not one. */
    static String countryName(String code) {
        if (code == null || !code.matches("[A-Za-z]{2}")) {
            return null;
        }
        try {
            String name = new Locale.Builder().setRegion(code.toUpperCase(Locale.ROOT)).build().getDisplayCountry(Locale.ENGLISH);
            return name.isEmpty() || name.equalsIgnoreCase(code) ? null : name;
        } catch (IllformedLocaleException notARegion) {
            return null;
        }
    }

    private static int days(Instant from, Instant to) {
        return to.isBefore(from) ? 0 : (int) Duration.between(from, to).toDays();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
