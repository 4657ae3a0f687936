package dev.carriercontracts.mock.packagetracking.query;

import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.carrier.CarrierHandler;
import dev.carriercontracts.mock.packagetracking.Envelope;
import dev.carriercontracts.mock.packagetracking.PackageTrackingErrors;
import dev.carriercontracts.mock.packagetracking.shipment.Places;
import dev.carriercontracts.mock.packagetracking.shipment.Trace;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** {@code POST /query} ({@code queryTracking}): parse, ask {@link ShipmentTracking}, answer. */
public final class QueryTracking implements CarrierHandler {

    private final ShipmentTracking tracking;
    private final DateTimeFormatter times;

    public QueryTracking(ShipmentTracking tracking, ZoneId timeZone) {
        this.tracking = tracking;
        // spec choice 8: local time without zone, as the document's example
        this.times = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(timeZone);
    }

    @Override
    public void handle(CarrierCall call) {
        QueryBody query = call.bodyAs(QueryBody.class);
        ShipmentTracking.Answer answer = tracking.query(call.credential().id(), query.expCode(), query.expNo(), call.now());
        if (answer instanceof ShipmentTracking.Answer.Tracked tracked) {
            call.respond(200, Envelope.success(data(tracked)));
        } else if (answer instanceof ShipmentTracking.Answer.UnsupportedCarrier unsupported) {
            call.fail(PackageTrackingErrors.paramError("expCode not supported: " + unsupported.expCode()));
        } else if (answer instanceof ShipmentTracking.Answer.BlankField blank) {
            call.fail(PackageTrackingErrors.paramError(blank.field() + " must not be blank"));
        } else if (answer instanceof ShipmentTracking.Answer.UnknownNumber unknown) {
            call.fail(PackageTrackingErrors.unknownShipment(unknown.expCode(), unknown.expNo()));
        }
    }

    /** Status and summary from the latest trace; traces newest first (spec choice 9). */
    private Envelope.Data data(ShipmentTracking.Answer.Tracked tracked) {
        Places places = tracked.shipment().places();
        List<Trace> traces = tracked.traces();
        Trace latest = traces.get(traces.size() - 1);
        List<Envelope.TraceLine> lines = new ArrayList<>(traces.size());
        for (int i = traces.size() - 1; i >= 0; i--) {
            Trace trace = traces.get(i);
            lines.add(new Envelope.TraceLine(times.format(trace.at()), places.fill(trace.leg().trace())));
        }
        return new Envelope.Data(latest.status().label(), places.fill(latest.leg().summary()), lines);
    }
}
