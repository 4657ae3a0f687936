package dev.carriercontracts.mock.carrier;

import java.util.List;

/**
 * The carriers the standalone server and {@code MockServer.builder()} serve by default. Each
 * carrier's package adds its factory here (one line), e.g. {@code CnExpressModule::new}.
 */
public final class CarrierModules {

    private CarrierModules() {
    }

    public static List<CarrierModuleFactory> standard() {
        return List.of();
    }
}
