package dev.carriercontracts.mock.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carriercontracts.mock.carrier.ErrorResponse;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Turns answers into what goes on the wire: sets the status and headers on the context and returns the body,
 * JSON written with the server's mapper, bytes as they are. The caller sends the body: the request pipeline
 * once its handler has returned ({@link JavalinCall#send}), the rest through {@link Context#result}.
 */
public final class ResponseWriter {

    private static final byte[] NO_BODY = new byte[0];

    private final ObjectMapper json;

    public ResponseWriter(ObjectMapper json) {
        this.json = json;
    }

    byte[] json(Context ctx, int status, Object body) {
        try {
            byte[] bytes = json.writeValueAsBytes(body);
            ctx.status(status).contentType("application/json");
            return bytes;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the response as JSON: " + e.getOriginalMessage(), e);
        }
    }

    byte[] error(Context ctx, ErrorResponse error) {
        for (Map.Entry<String, String> header : error.headers().entrySet()) {
            ctx.header(header.getKey(), header.getValue());
        }
        Object body = error.body();
        if (body == null) {
            ctx.status(error.status());
            return NO_BODY;
        }
        byte[] bytes;
        if (body instanceof byte[] raw) {
            bytes = raw;
        } else if (body instanceof String text) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = json(ctx, error.status(), body);
        }
        ctx.status(error.status()).contentType(error.contentType());
        return bytes;
    }
}
