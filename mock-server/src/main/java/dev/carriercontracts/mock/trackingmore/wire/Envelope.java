package dev.carriercontracts.mock.trackingmore.wire;

import dev.carriercontracts.mock.trackingmore.errors.MetaCode;

import java.util.List;

/** Every TrackingMore answer: {@code {"meta": ..., "data": ...}}. */
public record Envelope(Meta meta, Object data) {

    public static final Meta SUCCESS = meta(MetaCode.SUCCESS);
    public static final Meta CREATED = meta(MetaCode.CREATED);

    public static Envelope success(Object data) {
        return new Envelope(SUCCESS, data);
    }

    public static Envelope created(Object data) {
        return new Envelope(CREATED, data);
    }

    private static Meta meta(MetaCode code) {
        return new Meta(code.code(), code.type(), code.message());
    }

    /** Errors carry an empty array as {@code data}. */
    public static Envelope error(Meta meta) {
        return new Envelope(meta, List.of());
    }
}
