package dev.carriercontracts.mock.http;

import dev.carriercontracts.mock.auth.AuthOutcome;
import dev.carriercontracts.mock.carrier.ErrorFormat;
import dev.carriercontracts.mock.carrier.ErrorResponse;
import dev.carriercontracts.mock.carrier.Route;
import dev.carriercontracts.mock.faults.Fault;
import dev.carriercontracts.mock.faults.FaultPlan;
import dev.carriercontracts.mock.validation.OperationValidator;
import dev.carriercontracts.mock.validation.ValidationResult;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;

/**
 * The request pipeline of one route, composed once at start:
 * fault injection → body size limit → authentication → validation against the spec → handler →
 * journal. Every failure is answered in the API's own error format.
 */
final class CarrierEndpoint implements Handler {

    private static final Logger LOG = LoggerFactory.getLogger(CarrierEndpoint.class);
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MULTIPART = "multipart/";

    private final ApiMount mount;
    private final Route route;
    private final PipelineServices services;
    private final ErrorFormat errors;
    private final boolean journaled;
    private volatile OperationValidator validator;

    CarrierEndpoint(ApiMount mount, Route route, PipelineServices services) {
        this.mount = mount;
        this.route = route;
        this.services = services;
        this.errors = mount.errors().forOperation(route.operationId());
        this.journaled = mount.carrier() != null;
    }

    @Override
    public void handle(Context ctx) {
        long started = System.nanoTime();
        FaultPlan plan = services.faults().plan(mount.carrier(), route.operationId());
        if (plan.delays()) {
            // the request thread goes back to the pool; the timer resumes the call when the delay is over
            ctx.future(() -> services.scheduler().after(plan.delay())
                    .thenRun(() -> serve(ctx, plan, started)));
            return;
        }
        if (IoThreadDispatch.onIoThread() && (route.slow() || validator == null)) {
            // a PDF to render, or the operation's validator to build first: too long to hold an I/O thread
            ctx.future(() -> CompletableFuture.runAsync(() -> serve(ctx, plan, started), services.workers()));
            return;
        }
        serve(ctx, plan, started);
    }

    private void serve(Context ctx, FaultPlan plan, long started) {
        JavalinCall call = new JavalinCall(ctx, route, services);
        boolean dropped = false;
        try {
            if (plan != FaultPlan.NONE) {
                call.fault = plan.outcome() != null ? plan.outcome().type() : "latency";
            }
            if (plan.outcome() != null) {
                dropped = injectOutcome(call, plan.outcome());
                return;
            }
            if (withinBodyLimit(call) && authenticated(call) && valid(call)) {
                route.handler().handle(call);
            }
        } catch (Exception e) {
            LOG.warn("{} {} ({}) failed", ctx.method(), ctx.path(), route.operationId(), e);
            call.fail(errors.serverError(e.getClass().getSimpleName() + ": " + e.getMessage()));
        } finally {
            if (!dropped) {
                call.send();
            }
            if (journaled) {
                services.recorder().record(ctx, call.at, mount.carrier(), call.credential == null ? null : call.credential.id(),
                        route.operationId(), call.rawBody, dropped ? 0 : ctx.statusCode(), started, call.fault);
            }
        }
    }

    /** @return true when the connection was dropped */
    private boolean injectOutcome(JavalinCall call, Fault outcome) {
        if (outcome instanceof Fault.DropConnection) {
            ConnectionDrop.drop(call.ctx);
            return true;
        }
        if (outcome instanceof Fault.RateLimit limit) {
            ErrorResponse answer = errors.rateLimited(limit.retryAfter());
            if (!answer.hasHeader("Retry-After")) {
                answer = answer.withHeader("Retry-After", Long.toString(limit.retryAfter().toSeconds()));
            }
            call.fail(answer);
        } else if (outcome instanceof Fault.ErrorStatus error) {
            call.fail(errors.injected(error.status()));
        }
        return false;
    }

    private boolean withinBodyLimit(JavalinCall call) {
        Context ctx = call.ctx;
        long declared = ctx.req().getContentLengthLong();
        if (declared > services.maxBodyBytes()) {
            call.fail(errors.payloadTooLarge(services.maxBodyBytes()));
            ctx.header("Connection", "close"); // the rest of the body is not read
            return false;
        }
        if (declared > 0 && !isForm(ctx.contentType())) {
            call.rawBody = readExactly(ctx, (int) declared);
        } else if (declared > 0 || (declared < 0 && ctx.header("Transfer-Encoding") != null)) {
            // a form stays with Javalin, which parses it from the body it read; a chunked body is bounded by
            // the same limit (Javalin's maxRequestSize)
            try {
                call.rawBody = ctx.bodyAsBytes();
            } catch (HttpResponseException e) {
                if (e.getStatus() != HttpStatus.CONTENT_TOO_LARGE.getCode()) {
                    throw e;
                }
                call.fail(errors.payloadTooLarge(services.maxBodyBytes()));
                ctx.header("Connection", "close");
                return false;
            }
        }
        return true;
    }

    /**
     * A body of a known length, read into an array of that size. Javalin's {@code bodyAsBytes} would copy it
     * through a fresh 8 KiB buffer and a growing array instead, on every request with a body.
     */
    private static byte[] readExactly(Context ctx, int length) {
        try {
            return ctx.req().getInputStream().readNBytes(length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }

    private static boolean isForm(String contentType) {
        return contentType != null && (contentType.regionMatches(true, 0, FORM, 0, FORM.length())
                || contentType.regionMatches(true, 0, MULTIPART, 0, MULTIPART.length()));
    }

    private boolean authenticated(JavalinCall call) {
        if (!route.authenticated()) {
            return true;
        }
        AuthOutcome outcome = mount.authenticator().authenticate(call);
        if (outcome instanceof AuthOutcome.Authenticated authenticated) {
            call.credential = authenticated.credential();
            return true;
        }
        if (outcome instanceof AuthOutcome.Rejected rejected) {
            call.fail(errors.unauthorized(rejected));
            return false;
        }
        return true;
    }

    private boolean valid(JavalinCall call) {
        OperationValidator v = validator;
        if (v == null) {
            v = mount.spec().get().operation(route.operationId());
            validator = v;
        }
        ValidationResult result = v.validate(call);
        if (!result.valid()) {
            call.fail(errors.validation(result.violations()));
            return false;
        }
        call.body = result.body();
        return true;
    }
}
