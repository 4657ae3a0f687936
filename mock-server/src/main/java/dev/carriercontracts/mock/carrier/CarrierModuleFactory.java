package dev.carriercontracts.mock.carrier;

import dev.carriercontracts.mock.Carrier;

import java.util.Objects;
import java.util.function.Function;

/**
 * Builds a carrier's module for one server (its stores live as long as that server):
 * {@code CarrierModuleFactory.of(Carrier.CNEXPRESS, CnExpressModule::new)}.
 */
public interface CarrierModuleFactory {

    /** The carrier the module is for (its config section and credentials are picked by it). */
    Carrier carrier();

    CarrierModule create(CarrierContext context);

    static CarrierModuleFactory of(Carrier carrier, Function<CarrierContext, CarrierModule> constructor) {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(constructor, "constructor");
        return new CarrierModuleFactory() {
            @Override
            public Carrier carrier() {
                return carrier;
            }

            @Override
            public CarrierModule create(CarrierContext context) {
                return constructor.apply(context);
            }
        };
    }
}
