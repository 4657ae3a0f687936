package dev.carriercontracts.mock.cdek.config;

import java.time.Duration;

/**
 * How fast CDEK's entities move ({@code delays:} in the carrier's config).
 *
 * @param token      how long an access token lives ({@code expires_in})
 * @param waiting    how long the CREATE request stays ACCEPTED before it is WAITING
 * @param processing how long it stays WAITING before it is SUCCESSFUL or INVALID
 * @param step       how long an order stays in each logistics status before the next
 */
public record CdekDelays(Duration token, Duration waiting, Duration processing, Duration step) {

    public static final Duration DEFAULT_TOKEN = Duration.ofHours(1);
    public static final Duration DEFAULT_WAITING = Duration.ofSeconds(1);
    public static final Duration DEFAULT_PROCESSING = Duration.ofSeconds(1);
    public static final Duration DEFAULT_STEP = Duration.ofSeconds(20);
}
