package dev.carriercontracts.mock.cnexpress.waybill;

import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.cnexpress.CnExpressErrors;
import dev.carriercontracts.mock.cnexpress.request.RequestBook;
import dev.carriercontracts.mock.cnexpress.request.RequestLifecycle;
import dev.carriercontracts.mock.cnexpress.request.RequestNumbers;
import dev.carriercontracts.mock.cnexpress.request.RequestState;
import dev.carriercontracts.mock.cnexpress.request.StoredRequest;

import java.util.Optional;

/**
 * The waybill downloads: one package's PDF, or every package of a request merged into one, as the carrier
 * sends them ({@code application/octet-stream}, an attachment file name, {@code Content-Language: zh-cn}).
 * Rendered on demand, never stored; the last PDF is kept, since a client often downloads the same label twice.
 */
public final class WaybillDownloads {

    private record Rendered(long sequence, int index, byte[] pdf) {
    }

    private static final int MERGED = -1;

    private final RequestBook requests;
    private final WaybillAssembler assembler;
    private final WaybillRenderer renderer = new WaybillRenderer();
    private volatile Rendered last = new Rendered(0, 0, null);

    public WaybillDownloads(RequestBook requests, WaybillAssembler assembler) {
        this.requests = requests;
        this.assembler = assembler;
    }

    public void packageWaybill(CarrierCall call) {
        long now = RequestLifecycle.toMicros(call.now());
        String requestNo = call.pathParam("request_no");
        String trackingNo = call.pathParam("tracking_no");
        Optional<RequestBook.PackageRef> ref = requests.findPackage(call.credential(), requestNo, trackingNo, now);
        if (ref.isEmpty()) {
            call.fail(CnExpressErrors.notFound());
            return;
        }
        StoredRequest r = ref.get().request();
        int index = ref.get().index();
        byte[] pdf = pdf(r, index);
        send(call, requestNo + "-" + trackingNo, pdf);
    }

    public void requestWaybills(CarrierCall call) {
        long now = RequestLifecycle.toMicros(call.now());
        String requestNo = call.pathParam("request_no");
        Optional<StoredRequest> r = requests.find(call.credential(), requestNo)
                .filter(found -> requests.state(found, now) == RequestState.SUCCEEDED);
        if (r.isEmpty()) {
            call.fail(CnExpressErrors.notFound());   // spec choice 13: no merged waybills before Succeeded
            return;
        }
        send(call, RequestNumbers.requestNoText(r.get().sequence(), r.get().createdMicros()), pdf(r.get(), MERGED));
    }

    private byte[] pdf(StoredRequest r, int index) {
        Rendered cached = last;
        if (cached.sequence() == r.sequence() && cached.index() == index) {
            return cached.pdf();
        }
        byte[] pdf = index == MERGED ? renderer.renderMerged(assembler.all(r)) : renderer.render(assembler.one(r, index));
        last = new Rendered(r.sequence(), index, pdf);
        return pdf;
    }

    private static void send(CarrierCall call, String fileName, byte[] pdf) {
        call.header("Content-Disposition", "attachment; filename=" + fileName + ".pdf")
                .header("Content-Language", "zh-cn")
                .respondBytes(200, "application/octet-stream", pdf);
    }
}
