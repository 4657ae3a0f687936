package dev.carriercontracts.mock.cnexpress.wire;

import dev.carriercontracts.mock.cnexpress.catalogue.Catalogue;
import dev.carriercontracts.mock.cnexpress.request.PackageBlob;
import dev.carriercontracts.mock.cnexpress.request.PackageCursor;
import dev.carriercontracts.mock.cnexpress.request.RequestNumbers;
import dev.carriercontracts.mock.cnexpress.request.RequestState;
import dev.carriercontracts.mock.cnexpress.request.StoredRequest;

import java.nio.charset.StandardCharsets;

/**
 * Writes an order request ({@code OrderRequest} of the spec) and its packages ({@code OrderPackage}) straight
 * from the stored request, in the field order of the seed's samples. Tracking numbers, package URLs and
 * waybills appear once the request has Succeeded; error_msg once it has Failed. Every field of the spec is
 * written, null ones included (the spec requires them).
 */
public final class RequestJson {

    private static final byte[] CREATION_DATE = JsonOut.key("creation_date");
    private static final byte[] ERROR_MSG = JsonOut.key("error_msg");
    private static final byte[] ROUTE_CODE = JsonOut.key("route_code");
    private static final byte[] ORDER_NO = JsonOut.key("order_no");
    private static final byte[] PACKAGES = JsonOut.key("packages");
    private static final byte[] REQUEST_NO = JsonOut.key("request_no");
    private static final byte[] STATUS = JsonOut.key("status");
    private static final byte[] TEST_MODE = JsonOut.key("test_mode");
    private static final byte[] TOTAL_COST = JsonOut.key("total_cost");
    private static final byte[] URL = JsonOut.key("url");
    private static final byte[] WAYBILLS = JsonOut.key("waybills");
    private static final byte[] COST = JsonOut.key("cost");
    private static final byte[] HEIGHT = JsonOut.key("height");
    private static final byte[] ITEMS = JsonOut.key("items");
    private static final byte[] BARCODE = JsonOut.key("barcode");
    private static final byte[] COUNT = JsonOut.key("count");
    private static final byte[] NAME = JsonOut.key("name");
    private static final byte[] LENGTH = JsonOut.key("length");
    private static final byte[] PACKAGE_NO = JsonOut.key("package_no");
    private static final byte[] RECEIVER_ADDRESS = JsonOut.key("receiver_address");
    private static final byte[] RECEIVER_CITY = JsonOut.key("receiver_city");
    private static final byte[] RECEIVER_ID_NUMBER = JsonOut.key("receiver_id_number");
    private static final byte[] RECEIVER_NAME = JsonOut.key("receiver_name");
    private static final byte[] RECEIVER_PHONE_NUMBER = JsonOut.key("receiver_phone_number");
    private static final byte[] RECEIVER_POST_CODE = JsonOut.key("receiver_post_code");
    private static final byte[] REQUEST = JsonOut.key("request");
    private static final byte[] SENDER_ADDRESS = JsonOut.key("sender_address");
    private static final byte[] SENDER_NAME = JsonOut.key("sender_name");
    private static final byte[] SENDER_PHONE_NUMBER = JsonOut.key("sender_phone_number");
    private static final byte[] TRACKING_NO = JsonOut.key("tracking_no");
    private static final byte[] WAYBILL = JsonOut.key("waybill");
    private static final byte[] WEIGHT = JsonOut.key("weight");
    private static final byte[] WIDTH = JsonOut.key("width");
    private static final byte[] REQUESTS_PATH = ascii("/requests/");
    private static final byte[] PACKAGES_PATH = ascii("/packages/");
    private static final byte[] WAYBILLS_PATH = ascii("/waybills/");
    private static final byte[] MERGED_WAYBILLS_PATH = ascii("/waybills/request/");
    private static final byte[][] STATUS_LABELS = new byte[RequestState.values().length][];

    static {
        for (RequestState state : RequestState.values()) {
            STATUS_LABELS[state.ordinal()] = ascii(state.label());
        }
    }

    /** What the writer needs to know of the request beyond what is stored. */
    public record Situation(RequestState state, String errorMsg, BaseUrls.BaseUrl base) {
    }

    private final Catalogue catalogue;
    private final ThreadLocal<JsonOut> buffers = ThreadLocal.withInitial(() -> new JsonOut(4096));

    public RequestJson(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The whole order request, as JSON bytes. */
    public byte[] request(StoredRequest r, Situation situation) {
        JsonOut out = buffers.get().reset(256 * 1024);
        byte[] requestNo = RequestNumbers.requestNo(r.sequence(), r.createdMicros());
        byte[] base = situation.base().json();
        boolean succeeded = situation.state() == RequestState.SUCCEEDED;
        out.raw('{').raw(CREATION_DATE);
        Timestamps.writeIsoMicros(out, r.createdMicros());
        out.raw(',').raw(ERROR_MSG);
        if (situation.state() == RequestState.FAILED) {
            out.string(situation.errorMsg());
        } else {
            out.nullValue();
        }
        out.raw(',').raw(ROUTE_CODE).string(r.route().code());
        out.raw(',').raw(ORDER_NO);
        if (r.orderNo() == null) {
            out.nullValue();
        } else {
            out.string(r.orderNo());
        }
        out.raw(',').raw(PACKAGES).raw('[');
        PackageCursor cursor = new PackageCursor(r.packages());
        while (cursor.next()) {
            if (cursor.index() > 0) {
                out.raw(',');
            }
            writePackage(out, r, cursor, requestNo, base, succeeded);
        }
        out.raw(']');
        out.raw(',').raw(REQUEST_NO).raw('"').raw(requestNo).raw('"');
        out.raw(',').raw(STATUS).raw('"').raw(STATUS_LABELS[situation.state().ordinal()]).raw('"');
        out.raw(',').raw(TEST_MODE).bool(r.testMode());
        out.raw(',').raw(TOTAL_COST).money(r.totalCost());
        out.raw(',').raw(URL);
        url(out, base, REQUESTS_PATH, requestNo, null);
        out.raw(',').raw(WAYBILLS);
        if (succeeded) {
            url(out, base, MERGED_WAYBILLS_PATH, requestNo, null);
        } else {
            out.nullValue();
        }
        return out.raw('}').toBytes();
    }

    /** One package of a request (the request has Succeeded: packages are only addressable then). */
    public byte[] singlePackage(StoredRequest r, int index, BaseUrls.BaseUrl base) {
        JsonOut out = buffers.get().reset(256 * 1024);
        PackageCursor cursor = new PackageCursor(r.packages());
        if (!cursor.moveTo(index)) {
            throw new IllegalArgumentException("request " + r.sequence() + " has no package " + index);
        }
        writePackage(out, r, cursor, RequestNumbers.requestNo(r.sequence(), r.createdMicros()), base.json(), true);
        return out.toBytes();
    }

    private void writePackage(JsonOut out, StoredRequest r, PackageCursor p, byte[] requestNo, byte[] base, boolean succeeded) {
        byte[] trackingNo = succeeded ? ascii(RequestNumbers.trackingNo(r, p.index())) : null;
        out.raw('{').raw(COST).money(r.route().rateFor(p.tins()));
        out.raw(',').raw(HEIGHT).number(p.height());
        out.raw(',').raw(ITEMS).raw('[');
        for (int i = 0; i < p.itemCount(); i++) {
            if (i > 0) {
                out.raw(',');
            }
            int product = p.product(i);
            out.raw('{').raw(BARCODE).string(catalogue.productBarcodeUtf8(product))
                    .raw(',').raw(COUNT).number(p.count(i))
                    .raw(',').raw(NAME).string(catalogue.productNameUtf8(product))
                    .raw('}');
        }
        out.raw(']');
        out.raw(',').raw(LENGTH).number(p.length());
        out.raw(',').raw(PACKAGE_NO);
        text(out, p, PackageBlob.PACKAGE_NO);
        out.raw(',').raw(RECEIVER_ADDRESS);
        text(out, p, PackageBlob.RECEIVER_ADDRESS);
        out.raw(',').raw(RECEIVER_CITY).string(catalogue.cities().name(p.city()));
        out.raw(',').raw(RECEIVER_ID_NUMBER);
        text(out, p, PackageBlob.RECEIVER_ID_NUMBER);
        out.raw(',').raw(RECEIVER_NAME);
        text(out, p, PackageBlob.RECEIVER_NAME);
        out.raw(',').raw(RECEIVER_PHONE_NUMBER);
        text(out, p, PackageBlob.RECEIVER_PHONE_NUMBER);
        out.raw(',').raw(RECEIVER_POST_CODE);
        text(out, p, PackageBlob.RECEIVER_POST_CODE);
        out.raw(',').raw(REQUEST);
        url(out, base, REQUESTS_PATH, requestNo, null);
        out.raw(',').raw(SENDER_ADDRESS);
        text(out, p, PackageBlob.SENDER_ADDRESS);
        out.raw(',').raw(SENDER_NAME);
        text(out, p, PackageBlob.SENDER_NAME);
        out.raw(',').raw(SENDER_PHONE_NUMBER);
        text(out, p, PackageBlob.SENDER_PHONE_NUMBER);
        out.raw(',').raw(TRACKING_NO);
        if (trackingNo == null) {
            out.nullValue().raw(',').raw(URL).nullValue().raw(',').raw(WAYBILL).nullValue();
        } else {
            out.raw('"').raw(trackingNo).raw('"');
            out.raw(',').raw(URL);
            url(out, base, PACKAGES_PATH, requestNo, trackingNo);
            out.raw(',').raw(WAYBILL);
            url(out, base, WAYBILLS_PATH, requestNo, trackingNo);
        }
        out.raw(',').raw(WEIGHT);
        text(out, p, PackageBlob.WEIGHT);
        out.raw(',').raw(WIDTH).number(p.width());
        out.raw('}');
    }

    private static void text(JsonOut out, PackageCursor p, int field) {
        int length = p.textLength(field);
        if (length < 0) {
            out.nullValue();
        } else {
            out.string(p.blob(), p.textAt(field), length);
        }
    }

    /** {@code "<base><path><request_no>[-<tracking_no>]"}; the numbers are ASCII letters and digits. */
    private static void url(JsonOut out, byte[] base, byte[] path, byte[] requestNo, byte[] trackingNo) {
        out.raw('"').raw(base).raw(path).raw(requestNo);
        if (trackingNo != null) {
            out.raw('-').raw(trackingNo);
        }
        out.raw('"');
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
