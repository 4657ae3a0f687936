package dev.carriercontracts.mock.cnexpress.request;

import java.time.Duration;

/**
 * How long a request stays in each state ({@code delays:} of the carrier's config): Created for
 * {@code waiting}, then Waiting for {@code processing}, then final.
 */
public record Delays(Duration waiting, Duration processing) {

    public static final Duration DEFAULT_WAITING = Duration.ofSeconds(1);
    public static final Duration DEFAULT_PROCESSING = Duration.ofSeconds(3);

    long waitingMicros() {
        return micros(waiting);
    }

    long processingMicros() {
        return micros(processing);
    }

    static long micros(Duration d) {
        return d.getSeconds() * 1_000_000L + d.getNano() / 1_000;
    }
}
