package dev.carriercontracts.mock.trackingmore.wire;

import java.util.List;

/** Every TrackingMore answer: {@code {"meta": ..., "data": ...}}. */
public record Envelope(Meta meta, Object data) {

    public static final Meta SUCCESS = new Meta(200, "Success", "Success");
    public static final Meta CREATED = new Meta(201, "Created", "The request was successful and a resource was created.");

    public static Envelope success(Object data) {
        return new Envelope(SUCCESS, data);
    }

    public static Envelope created(Object data) {
        return new Envelope(CREATED, data);
    }

    /** Errors carry an empty array as {@code data}. */
    public static Envelope error(Meta meta) {
        return new Envelope(meta, List.of());
    }
}
