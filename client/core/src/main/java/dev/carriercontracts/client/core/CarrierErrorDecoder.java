package dev.carriercontracts.client.core;

import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;

/**
 * Decodes every HTTP error status into the carrier's typed exception. A 429 or 503 becomes a
 * {@link RetryableException} carrying that typed exception as its cause (and the carrier's
 * {@code Retry-After}), so {@link IdempotentRetryer} can retry idempotent calls and, when it gives up,
 * surface the typed exception.
 */
final class CarrierErrorDecoder implements ErrorDecoder {

    private final ErrorBodyMapper mapper;
    private final Clock clock;

    CarrierErrorDecoder(ErrorBodyMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        byte[] body = readBody(response);
        Request request = response.request();
        CarrierException error = mapper.toException(response.status(), request, body, response.headers());
        if (response.status() == 429 || response.status() == 503) {
            return new RetryableException(response.status(), error.getMessage(), request.httpMethod(), error,
                    retryAfterMillis(response), request, methodKey);
        }
        return error;
    }

    private static byte[] readBody(Response response) {
        if (response.body() == null) {
            return new byte[0];
        }
        try (InputStream in = response.body().asInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** Retry-After as an absolute epoch-millis instant (Feign's convention), or null if absent or unreadable. */
    private Long retryAfterMillis(Response response) {
        // Feign's header map is case-insensitive
        Collection<String> values = response.headers().get("Retry-After");
        String value = values == null || values.isEmpty() ? null : values.iterator().next();
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            return clock.millis() + Long.parseLong(trimmed) * 1000L;
        } catch (NumberFormatException notSeconds) {
            try {
                return ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
