package dev.carriercontracts.mock.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.carriercontracts.mock.auth.AuthRequest;
import dev.carriercontracts.mock.auth.Credential;
import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.carrier.ErrorResponse;
import dev.carriercontracts.mock.carrier.Route;
import dev.carriercontracts.mock.validation.RequestParts;
import io.javalin.http.Context;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One request in the pipeline: what the authenticator, the validator and the handler read, over
 * Javalin's context. The only object the pipeline allocates per request besides the journal entry.
 * An answer sets the status and headers at once and keeps the body, which {@link #send} writes once the
 * handler has returned (the last answer wins, as with Javalin's result).
 */
final class JavalinCall implements CarrierCall, AuthRequest, RequestParts {

    private static final byte[] NO_BODY = new byte[0];

    final Context ctx;
    final Route route;
    private final PipelineServices services;
    final Instant at;
    Credential credential;
    JsonNode body = MissingNode.getInstance();
    byte[] rawBody;
    String fault;
    private byte[] answer;

    JavalinCall(Context ctx, Route route, PipelineServices services) {
        this.ctx = ctx;
        this.route = route;
        this.services = services;
        this.at = services.clock().instant();
    }

    @Override
    public String operationId() {
        return route.operationId();
    }

    @Override
    public Credential credential() {
        return credential;
    }

    @Override
    public Instant now() {
        return at;
    }

    @Override
    public String pathParam(String name) {
        Map<String, String> params = ctx.pathParamMap();
        return params.get(name);
    }

    @Override
    public String queryParam(String name) {
        return ctx.queryParam(name);
    }

    @Override
    public List<String> queryParams(String name) {
        return ctx.queryParams(name);
    }

    @Override
    public String header(String name) {
        return ctx.header(name);
    }

    @Override
    public String contentType() {
        return ctx.contentType();
    }

    @Override
    public byte[] bodyBytes() {
        return rawBody != null ? rawBody : NO_BODY;
    }

    @Override
    public JsonNode body() {
        return body;
    }

    @Override
    public <T> T bodyAs(Class<T> type) {
        try {
            return services.json().treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body does not bind to " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public Map<String, List<String>> formParams() {
        return rawBody == null ? Map.of() : ctx.formParamMap();
    }

    @Override
    public void respond(int status, Object responseBody) {
        answer = services.writer().json(ctx, status, responseBody);
    }

    @Override
    public void respondBytes(int status, String contentType, byte[] bytes) {
        ctx.status(status).contentType(contentType);
        answer = bytes;
    }

    @Override
    public void respondEmpty(int status) {
        ctx.status(status);
        answer = NO_BODY;
    }

    @Override
    public void fail(ErrorResponse error) {
        answer = services.writer().error(ctx, error);
    }

    /**
     * Writes the answer's body, in one write to Javalin's output stream (which still compresses it when the
     * client accepts it and it is large enough). Through {@code ctx.result(bytes)} Javalin would copy it
     * via an input stream and a fresh 32 KiB buffer, on every request. On an I/O thread, an answer whose
     * write might wait for a slow reader (too large to buffer, or compressed) is written from a worker.
     */
    void send() {
        if (answer == null || answer.length == 0) {
            return;
        }
        if (IoThreadDispatch.onIoThread() && IoThreadDispatch.writeMayBlock(answer.length, ctx)) {
            byte[] bytes = answer;
            ctx.future(() -> CompletableFuture.runAsync(() -> write(bytes), services.workers()));
            return;
        }
        write(answer);
    }

    private void write(byte[] bytes) {
        try {
            ctx.outputStream().write(bytes);
        } catch (IOException e) {
            // the client has gone: there is no one left to answer (Jetty fails the exchange)
        }
    }

    @Override
    public CarrierCall header(String name, String value) {
        ctx.header(name, value);
        return this;
    }
}
