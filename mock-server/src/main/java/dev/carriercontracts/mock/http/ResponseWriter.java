package dev.carriercontracts.mock.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carriercontracts.mock.carrier.ErrorResponse;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes answers to Javalin: JSON through the server's mapper, bytes as they are. */
public final class ResponseWriter {

    private final ObjectMapper json;

    public ResponseWriter(ObjectMapper json) {
        this.json = json;
    }

    public void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the response as JSON: " + e.getOriginalMessage(), e);
        }
    }

    public void error(Context ctx, ErrorResponse error) {
        for (Map.Entry<String, String> header : error.headers().entrySet()) {
            ctx.header(header.getKey(), header.getValue());
        }
        Object body = error.body();
        if (body == null) {
            ctx.status(error.status()).result(new byte[0]);
        } else if (body instanceof byte[] bytes) {
            ctx.status(error.status()).contentType(error.contentType()).result(bytes);
        } else if (body instanceof String text) {
            ctx.status(error.status()).contentType(error.contentType()).result(text.getBytes(StandardCharsets.UTF_8));
        } else {
            json(ctx, error.status(), body);
            ctx.contentType(error.contentType());
        }
    }
}
