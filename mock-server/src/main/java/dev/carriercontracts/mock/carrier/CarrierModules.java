package dev.carriercontracts.mock.carrier;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.cdek.CdekModule;
import dev.carriercontracts.mock.cj.CjModule;
import dev.carriercontracts.mock.cnexpress.CnExpressModule;
import dev.carriercontracts.mock.packagetracking.PackageTrackingModule;
import dev.carriercontracts.mock.trackingmore.TrackingMoreModule;

import java.util.List;

/** The carriers the standalone server and {@code MockServer.builder()} serve by default. */
public final class CarrierModules {

    private CarrierModules() {
    }

    public static List<CarrierModuleFactory> standard() {
        return List.of(
                CarrierModuleFactory.of(Carrier.CNEXPRESS, CnExpressModule::new),
                CarrierModuleFactory.of(Carrier.TRACKINGMORE, TrackingMoreModule::new),
                CarrierModuleFactory.of(Carrier.CJ, CjModule::new),
                CarrierModuleFactory.of(Carrier.PACKAGE_TRACKING, PackageTrackingModule::new),
                CarrierModuleFactory.of(Carrier.CDEK, CdekModule::new));
    }
}
