package dev.carriercontracts.mock.admin.tasks;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.admin.AdminApi;
import dev.carriercontracts.mock.admin.AdminErrorFormat;
import dev.carriercontracts.mock.carrier.CarrierCall;

import java.util.Optional;
import java.util.stream.Collectors;

/** Reads a carrier id from a call; answers 404 unknown_carrier when this server does not serve it. */
final class ServedCarrier {

    private ServedCarrier() {
    }

    static Optional<Carrier> from(String id, CarrierCall call, AdminApi admin) {
        Optional<Carrier> carrier = Carrier.byId(id).filter(admin.carriers()::contains);
        if (carrier.isEmpty()) {
            String served = admin.carriers().stream().map(Carrier::id).sorted().collect(Collectors.joining(", "));
            call.fail(AdminErrorFormat.error(404, "unknown_carrier",
                    "no carrier '" + id + "' on this server; it serves: " + (served.isEmpty() ? "none" : served)));
        }
        return carrier;
    }
}
