package dev.carriercontracts.mock.testcarrier;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.carrier.CarrierModuleFactory;

/** Factories for the test carrier, mounted as a given carrier with a given authenticator. */
public final class TestCarrier {

    private TestCarrier() {
    }

    public static CarrierModuleFactory as(Carrier carrier, AuthStyle auth) {
        return CarrierModuleFactory.of(carrier, context -> new ParcelsModule(context, auth));
    }
}
