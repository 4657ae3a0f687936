package dev.carriercontracts.client.core;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Headers;
import feign.Param;
import feign.Request;
import feign.RequestLine;
import feign.Response;
import feign.Types;
import feign.codec.Decoder;
import feign.jackson.JacksonDecoder;

import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** A made-up carrier for testing the shared client layer without depending on a real spec. */
final class TestCarrier {

    private TestCarrier() {
    }

    interface Api {
        @RequestLine("GET /things/{id}")
        Thing get(@Param("id") String id);

        @RequestLine("POST /things")
        @Headers("Content-Type: application/json")
        Thing create(Thing thing);

        @RequestLine("PUT /things/{id}")
        @Headers("Content-Type: application/json")
        Thing replace(@Param("id") String id, Thing thing);

        @RequestLine("GET /document")
        byte[] document();
    }

    record Thing(String id, String name, String note) {
    }

    /** Error body {"code": "...", "message": "..."} under any HTTP status. */
    static final class Failure extends CarrierException {
        Failure(int status, String code, String message, Request request, byte[] body, Map<String, Collection<String>> headers) {
            super(status, code, message, request, body, headers);
        }

        static Failure from(int status, Request request, byte[] body, Map<String, Collection<String>> headers) {
            String text = new String(body, StandardCharsets.UTF_8);
            try {
                JsonNode json = CarrierJson.newMapper().readTree(text);
                return new Failure(status, json.path("code").asText(null), json.path("message").asText(text), request, body, headers);
            } catch (IOException notJson) {
                return new Failure(status, null, text, request, body, headers);
            }
        }
    }

    /** Envelope {"ok": false, "code": "...", "message": "..."} reports a failure inside HTTP 200. */
    static final EnvelopeInspector ENVELOPE = (response, body, json) -> json.path("ok").asBoolean(true)
            ? Optional.empty()
            : Optional.of(new Failure(response.status(), json.path("code").asText(), json.path("message").asText(),
                    response.request(), body, response.headers()));

    /** Jackson for JSON, raw bytes for byte[] (what the generated ApiResponseDecoder does). */
    static Decoder decoder(com.fasterxml.jackson.databind.ObjectMapper mapper) {
        JacksonDecoder json = new JacksonDecoder(mapper);
        return new Decoder() {
            @Override
            public Object decode(Response response, Type type) throws IOException {
                return Types.getRawType(type) == byte[].class
                        ? response.body().asInputStream().readAllBytes()
                        : json.decode(response, type);
            }
        };
    }
}
