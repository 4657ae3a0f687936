package dev.carriercontracts.mock.cnexpress.request;

import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.cnexpress.CnExpressErrors;
import dev.carriercontracts.mock.cnexpress.wire.BaseUrls;
import dev.carriercontracts.mock.cnexpress.wire.RequestJson;

import java.util.Optional;

/** The order request operations: submit one, poll it, read one of its packages. */
public final class RequestHandlers {

    private static final String JSON = "application/json";

    private final RequestBook requests;
    private final RequestJson json;
    private final BaseUrls urls;

    public RequestHandlers(RequestBook requests, RequestJson json, BaseUrls urls) {
        this.requests = requests;
        this.json = json;
        this.urls = urls;
    }

    public void create(CarrierCall call) {
        long now = RequestLifecycle.toMicros(call.now());
        RequestBook.Submission submission = requests.submit(call.credential(), call.body(), now);
        if (submission instanceof RequestBook.Submission.Created created) {
            call.respondBytes(201, JSON, json.request(created.request(), situation(call, created.request(), now)));
        } else if (submission instanceof RequestBook.Submission.Refused refused) {
            call.fail(CnExpressErrors.fields(refused.errors()));
        } else if (submission instanceof RequestBook.Submission.InsufficientCredit poor) {
            call.fail(CnExpressErrors.detail(400, poor.detail()));
        }
    }

    public void show(CarrierCall call) {
        long now = RequestLifecycle.toMicros(call.now());
        Optional<StoredRequest> request = requests.find(call.credential(), call.pathParam("request_no"));
        if (request.isEmpty()) {
            call.fail(CnExpressErrors.notFound());
            return;
        }
        call.respondBytes(200, JSON, json.request(request.get(), situation(call, request.get(), now)));
    }

    public void showPackage(CarrierCall call) {
        long now = RequestLifecycle.toMicros(call.now());
        requests.findPackage(call.credential(), call.pathParam("request_no"), call.pathParam("tracking_no"), now)
                .ifPresentOrElse(
                        p -> call.respondBytes(200, JSON, json.singlePackage(p.request(), p.index(), base(call))),
                        () -> call.fail(CnExpressErrors.notFound()));
    }

    private RequestJson.Situation situation(CarrierCall call, StoredRequest r, long now) {
        RequestState state = requests.state(r, now);
        return new RequestJson.Situation(state, state == RequestState.FAILED ? requests.failureMessage(r) : null, base(call));
    }

    private BaseUrls.BaseUrl base(CarrierCall call) {
        return urls.of(call.header("Host"), call.header("X-Forwarded-Proto"));
    }
}
