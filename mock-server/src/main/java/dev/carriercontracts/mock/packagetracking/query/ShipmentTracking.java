package dev.carriercontracts.mock.packagetracking.query;

import dev.carriercontracts.mock.packagetracking.catalogue.Catalogue;
import dev.carriercontracts.mock.packagetracking.shipment.Delays;
import dev.carriercontracts.mock.packagetracking.shipment.Shipment;
import dev.carriercontracts.mock.packagetracking.shipment.ShipmentKey;
import dev.carriercontracts.mock.packagetracking.shipment.ShipmentStore;
import dev.carriercontracts.mock.packagetracking.shipment.Trace;

import java.time.Instant;
import java.util.List;

/**
 * The query use case: a supported carrier code and a number the mock does not declare unknown give the
 * shipment, registered on its first query by this account, with its traces as of now.
 */
public final class ShipmentTracking {

    /** What a query finds. */
    public sealed interface Answer {
        /** The shipment and its traces, oldest first. */
        record Tracked(Shipment shipment, List<Trace> traces) implements Answer {
        }

        record UnsupportedCarrier(String expCode) implements Answer {
        }

        /** A field holds only white space. */
        record BlankField(String field) implements Answer {
        }

        record UnknownNumber(String expCode, String expNo) implements Answer {
        }
    }

    private final Catalogue catalogue;
    private final ShipmentStore store;
    private final Delays delays;

    public ShipmentTracking(Catalogue catalogue, ShipmentStore store, Delays delays) {
        this.catalogue = catalogue;
        this.store = store;
        this.delays = delays;
    }

    public Answer query(String credentialId, String expCode, String expNo, Instant now) {
        if (expCode.isBlank()) {
            return new Answer.BlankField("expCode");
        }
        if (expNo.isBlank()) {
            return new Answer.BlankField("expNo");
        }
        if (catalogue.company(expCode).isEmpty()) {
            return new Answer.UnsupportedCarrier(expCode);
        }
        if (UnknownNumbers.isUnknown(expNo)) {
            return new Answer.UnknownNumber(expCode, expNo);
        }
        Shipment shipment = store.register(new ShipmentKey(credentialId, expCode, expNo), now,
                () -> catalogue.placesFor(expCode, expNo));
        return new Answer.Tracked(shipment, shipment.traces(now, delays));
    }
}
