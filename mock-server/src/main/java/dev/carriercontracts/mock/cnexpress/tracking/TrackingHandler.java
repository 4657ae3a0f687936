package dev.carriercontracts.mock.cnexpress.tracking;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.cnexpress.CnExpressErrors;
import dev.carriercontracts.mock.cnexpress.catalogue.CityTree;
import dev.carriercontracts.mock.cnexpress.request.PackageCursor;
import dev.carriercontracts.mock.cnexpress.request.RequestBook;
import dev.carriercontracts.mock.cnexpress.request.RequestLifecycle;
import dev.carriercontracts.mock.cnexpress.wire.Timestamps;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /tracking/{tracking_no}}: the progress of a live package, growing with the clock from the instant
 * its request Succeeded (the script of events is in the config). Test tracking numbers are unknown to the
 * tracking system (seed; spec choice 12): only a live ({@code CNE}) number is looked up, and it is unknown
 * too until its request has Succeeded.
 */
public final class TrackingHandler {

    record Progress(String detail, String time) {
    }

    record Tracking(boolean delivered, List<Progress> progress, String timestamp,
                    @JsonProperty("tracking_no") String trackingNo) {
    }

    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final String RECEIVER_CITY = "{receiver_city}";

    private final RequestBook requests;
    private final List<TrackingEvent> script;
    private final CityTree cities;

    public TrackingHandler(RequestBook requests, List<TrackingEvent> script, CityTree cities) {
        this.requests = requests;
        this.script = List.copyOf(script);
        this.cities = cities;
    }

    public void show(CarrierCall call) {
        String trackingNo = call.pathParam("tracking_no");
        long now = RequestLifecycle.toMicros(call.now());
        requests.findLivePackage(trackingNo, now).ifPresentOrElse(
                found -> call.respond(200, tracking(found, trackingNo, now)),
                () -> call.fail(CnExpressErrors.notFound()));
    }

    private Tracking tracking(RequestBook.PackageRef found, String trackingNo, long now) {
        long succeeded = requests.finishedAt(found.request());
        PackageCursor cursor = new PackageCursor(found.request().packages());
        cursor.moveTo(found.index());
        String city = cities.name(cursor.city());
        List<Progress> progress = new ArrayList<>();
        for (TrackingEvent event : script) {
            long at = succeeded + RequestLifecycle.toMicros(java.time.Instant.EPOCH.plus(event.after()));
            if (at > now) {
                break;
            }
            progress.add(new Progress(event.detail().replace(RECEIVER_CITY, city), time(at, event.zone())));
        }
        return new Tracking(progress.size() == script.size(), progress, Timestamps.isoMicros(now), trackingNo);
    }

    /** UTC times with microseconds, as CNExpress writes its own; other offsets in whole seconds, as the couriers. */
    private static String time(long micros, ZoneOffset zone) {
        if (zone.equals(ZoneOffset.UTC)) {
            return Timestamps.isoMicros(micros);
        }
        return OffsetDateTime.ofInstant(RequestLifecycle.toInstant(micros), zone).truncatedTo(ChronoUnit.SECONDS).format(WITH_OFFSET);
    }
}
