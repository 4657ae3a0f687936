package dev.carriercontracts.mock.faults;

import java.time.Duration;
import java.util.Objects;

/** What an injected fault does to a call. */
public sealed interface Fault {

    /** The name used in the config file and the admin API. */
    String type();

    /** Delays the answer by a duration drawn uniformly from min..max (fixed when they are equal). */
    record Latency(Duration min, Duration max) implements Fault {
        public Latency {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            if (min.isNegative() || max.compareTo(min) < 0) {
                throw new IllegalArgumentException("latency needs 0 <= min <= max, got " + min + ".." + max);
            }
        }

        public static Latency fixed(Duration delay) {
            return new Latency(delay, delay);
        }

        @Override
        public String type() {
            return "latency";
        }
    }

    /** Answers with this status and the carrier's own error body for it. */
    record ErrorStatus(int status) implements Fault {
        public ErrorStatus {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("an injected error status must be 4xx or 5xx, got " + status);
            }
        }

        @Override
        public String type() {
            return "error";
        }
    }

    /** Closes the connection without answering. */
    record DropConnection() implements Fault {
        @Override
        public String type() {
            return "drop";
        }
    }

    /** Answers 429 with {@code Retry-After} (whole seconds) in the carrier's own format. */
    record RateLimit(Duration retryAfter) implements Fault {
        public RateLimit {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must not be negative");
            }
        }

        @Override
        public String type() {
            return "rate-limit";
        }
    }
}
