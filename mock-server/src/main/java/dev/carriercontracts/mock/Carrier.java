package dev.carriercontracts.mock;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Optional;

/** The carriers the mock server serves, each under a base path that mirrors its real API root. */
public enum Carrier {
    CNEXPRESS("cnexpress", "/cnexpress/api/v1"),
    TRACKINGMORE("trackingmore", "/trackingmore/v2"),
    CJ("cj", "/cj/api2.0/v1"),
    PACKAGE_TRACKING("package-tracking", "/package-tracking/v1"),
    CDEK("cdek", "/cdek/v2");

    private final String id;
    private final String basePath;

    Carrier(String id, String basePath) {
        this.id = id;
        this.basePath = basePath;
    }

    /** The carrier's id in URLs, config sections and spec file names, e.g. {@code package-tracking}. */
    @JsonValue
    public String id() {
        return id;
    }

    /** Where the carrier is mounted on the mock server, e.g. {@code /cnexpress/api/v1}. */
    public String basePath() {
        return basePath;
    }

    /** The carrier's spec on the classpath (from the carrier-specs jar). */
    public String specResource() {
        return "carrier-specs/" + id + ".yaml";
    }

    public static Optional<Carrier> byId(String id) {
        for (Carrier carrier : values()) {
            if (carrier.id.equals(id)) {
                return Optional.of(carrier);
            }
        }
        return Optional.empty();
    }
}
