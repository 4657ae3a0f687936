package dev.carriercontracts.mock.trackingmore.api;

import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.trackingmore.account.QuotaLedger;
import dev.carriercontracts.mock.trackingmore.config.AirWaybillNumber;
import dev.carriercontracts.mock.trackingmore.config.Courier;
import dev.carriercontracts.mock.trackingmore.config.TrackingMoreSettings;
import dev.carriercontracts.mock.trackingmore.errors.MetaCode;
import dev.carriercontracts.mock.trackingmore.utilities.AirCargo;
import dev.carriercontracts.mock.trackingmore.utilities.RemoteAreas;
import dev.carriercontracts.mock.trackingmore.utilities.TransitTimes;
import dev.carriercontracts.mock.trackingmore.wire.Requests;
import dev.carriercontracts.mock.trackingmore.wire.Results;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Remote-area check, transit-time statistics and air-cargo tracking. */
public final class UtilityHandlers {

    private final TrackingMoreSettings settings;
    private final QuotaLedger quota;
    private final RemoteAreas remoteAreas;
    private final TransitTimes transitTimes = new TransitTimes();
    private final AirCargo airCargo;
    private final Answers answers;

    UtilityHandlers(TrackingMoreSettings settings, QuotaLedger quota, Answers answers) {
        this.settings = settings;
        this.quota = quota;
        this.remoteAreas = new RemoteAreas(settings.remoteAreas());
        this.airCargo = new AirCargo(settings);
        this.answers = answers;
    }

    void remote(CarrierCall call) {
        Requests.RemoteAreaQuery[] queries = call.bodyAs(Requests.RemoteAreaQuery[].class);
        if (!quota.chargeRemoteCheck(call.credential().id())) {
            answers.refuse(call, MetaCode.QUOTA_EXHAUSTED, "every fifth remote-area check takes one tracking of the quota");
            return;
        }
        List<Results.RemoteArea> results = new ArrayList<>();
        for (Requests.RemoteAreaQuery q : queries) {
            results.add(remoteAreas.check(q));
        }
        answers.success(call, results);
    }

    void transitTime(CarrierCall call) {
        Requests.TransitTimeQuery[] queries = call.bodyAs(Requests.TransitTimeQuery[].class);
        List<Results.TransitTime> results = new ArrayList<>();
        for (Requests.TransitTimeQuery q : queries) {
            Optional<Courier> courier = settings.courier(q.carrierCode());
            if (courier.isEmpty()) {
                answers.refuse(call, MetaCode.INVALID_CARRIER_CODE, "unknown carrier code '" + q.carrierCode() + "'");
                return;
            }
            results.add(transitTimes.statistics(courier.get(), q.original(), q.destination()));
        }
        answers.success(call, results);
    }

    /** One result per distinct air waybill; each costs {@value AirCargo#QUOTA_PER_WAYBILL} trackings of the quota. */
    void airCargo(CarrierCall call) {
        Requests.AirCargoQuery query = call.bodyAs(Requests.AirCargoQuery.class);
        Set<AirWaybillNumber> numbers = new LinkedHashSet<>();
        for (String text : query.trackNumber()) {
            Optional<AirWaybillNumber> number = AirWaybillNumber.parse(text);
            if (number.isEmpty()) {
                answers.refuse(call, MetaCode.INVALID_TRACKING_NUMBER, "'" + text + "' is not an air waybill number");
                return;
            }
            numbers.add(number.get());
        }
        if (!quota.consume(call.credential().id(), (long) AirCargo.QUOTA_PER_WAYBILL * numbers.size())) {
            answers.refuse(call, MetaCode.QUOTA_EXHAUSTED, AirCargo.QUOTA_PER_WAYBILL + " trackings of the quota per air waybill");
            return;
        }
        answers.success(call, numbers.stream().map(airCargo::track).toList());
    }
}
