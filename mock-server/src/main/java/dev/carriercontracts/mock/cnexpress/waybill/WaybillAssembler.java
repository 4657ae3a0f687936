package dev.carriercontracts.mock.cnexpress.waybill;

import dev.carriercontracts.mock.cnexpress.catalogue.Catalogue;
import dev.carriercontracts.mock.cnexpress.request.PackageBlob;
import dev.carriercontracts.mock.cnexpress.request.PackageCursor;
import dev.carriercontracts.mock.cnexpress.request.RequestLifecycle;
import dev.carriercontracts.mock.cnexpress.request.RequestNumbers;
import dev.carriercontracts.mock.cnexpress.request.StoredRequest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Turns the packages of a stored request into what their waybills print. */
public final class WaybillAssembler {

    private final Catalogue catalogue;

    public WaybillAssembler(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The waybill of the package at {@code index} (0-based). */
    public Waybill one(StoredRequest r, int index) {
        PackageCursor cursor = new PackageCursor(r.packages());
        if (!cursor.moveTo(index)) {
            throw new IllegalArgumentException("no package " + index + " in request " + r.sequence());
        }
        return waybill(r, cursor);
    }

    /** The waybills of every package, in order. */
    public List<Waybill> all(StoredRequest r) {
        List<Waybill> waybills = new ArrayList<>(r.packageCount());
        PackageCursor cursor = new PackageCursor(r.packages());
        while (cursor.next()) {
            waybills.add(waybill(r, cursor));
        }
        return waybills;
    }

    private Waybill waybill(StoredRequest r, PackageCursor p) {
        List<Waybill.Item> items = new ArrayList<>(p.itemCount());
        for (int i = 0; i < p.itemCount(); i++) {
            var product = catalogue.product(p.product(i));
            items.add(new Waybill.Item(product.name(), product.barcode(), p.count(i)));
        }
        return new Waybill(
                RequestNumbers.requestNoText(r.sequence(), r.createdMicros()),
                RequestNumbers.trackingNo(r, p.index()),
                new Waybill.Route(r.route().code(), r.route().name()),
                r.orderNo() == null ? null : new String(r.orderNo(), java.nio.charset.StandardCharsets.UTF_8),
                p.text(PackageBlob.PACKAGE_NO),
                RequestLifecycle.toInstant(r.createdMicros()),
                r.testMode(),
                new Waybill.Sender(p.text(PackageBlob.SENDER_NAME), p.text(PackageBlob.SENDER_PHONE_NUMBER),
                        p.text(PackageBlob.SENDER_ADDRESS)),
                new Waybill.Receiver(p.text(PackageBlob.RECEIVER_NAME), p.text(PackageBlob.RECEIVER_PHONE_NUMBER),
                        p.text(PackageBlob.RECEIVER_ADDRESS), catalogue.cities().name(p.city()),
                        p.text(PackageBlob.RECEIVER_POST_CODE), p.text(PackageBlob.RECEIVER_ID_NUMBER)),
                p.text(PackageBlob.WEIGHT),
                new Waybill.Dimensions(clamp(p.length()), clamp(p.width()), clamp(p.height())),
                items,
                BigDecimal.valueOf(r.route().rateFor(p.tins()), 2));
    }

    private static int clamp(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }
}
