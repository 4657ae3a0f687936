package dev.carriercontracts.client.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.Types;
import feign.codec.Decoder;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.Collection;

/**
 * Looks inside successful JSON answers for failures the carrier reports in its envelope, then hands
 * the answer to the generated decoder. Binary answers (PDFs) pass through untouched, unread.
 */
final class EnvelopeCheckingDecoder implements Decoder {

    private final Decoder delegate;
    private final EnvelopeInspector inspector;
    private final ObjectMapper mapper;

    EnvelopeCheckingDecoder(Decoder delegate, EnvelopeInspector inspector, ObjectMapper mapper) {
        this.delegate = delegate;
        this.inspector = inspector;
        this.mapper = mapper;
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        if (inspector == EnvelopeInspector.NONE || response.body() == null || !isJson(response) || isBinary(type)) {
            return delegate.decode(response, type);
        }
        byte[] body;
        try (InputStream in = response.body().asInputStream()) {
            body = in.readAllBytes();
        }
        if (body.length > 0) {
            JsonNode json = mapper.readTree(body);
            var failure = inspector.failure(response, body, json);
            if (failure.isPresent()) {
                throw failure.get();
            }
        }
        return delegate.decode(response.toBuilder().body(body).build(), type);
    }

    private static boolean isJson(Response response) {
        Collection<String> types = response.headers().get("Content-Type");
        return types == null || types.isEmpty() || types.iterator().next().toLowerCase().contains("json");
    }

    private static boolean isBinary(Type type) {
        Type inner = type;
        Class<?> raw = Types.getRawType(type);
        if (type instanceof java.lang.reflect.ParameterizedType parameterized && !Collection.class.isAssignableFrom(raw)) {
            inner = parameterized.getActualTypeArguments()[0];  // ApiResponse<T>
        }
        Class<?> innerRaw = Types.getRawType(inner);
        return innerRaw == byte[].class || InputStream.class.isAssignableFrom(innerRaw) || innerRaw == Response.class;
    }
}
