package dev.carriercontracts.client.trackingmore;

import dev.carriercontracts.client.core.CarrierFeign;
import dev.carriercontracts.client.core.ClientOptions;
import dev.carriercontracts.client.trackingmore.api.TrackingMoreApi;
import dev.carriercontracts.client.trackingmore.invoker.ApiResponseDecoder;
import dev.carriercontracts.client.trackingmore.invoker.auth.ApiKeyAuth;

import java.util.Objects;

/**
 * Ready-to-use TrackingMore v2 clients.
 *
 * <pre>{@code
 * TrackingMoreApi trackingmore = TrackingMoreClient.create("https://api.trackingmore.com/v2", "my_api_key");
 * Tracking tracking = trackingmore.getTracking("singapore-post", "RP893531375SG").getData();
 * TrackingStatus status = tracking.getStatus();
 * }</pre>
 *
 * Every call carries the API key in the {@value #API_KEY_HEADER} header. Errors surface as
 * {@link TrackingMoreException}, both HTTP errors and HTTP 2xx answers whose {@code meta.code} is
 * not 200/201; the per-item {@code data.errors} of batch calls (e.g. 4016 "Tracking already
 * exists.") stay in the result. Idempotent calls (the GETs, PUT and DELETE) are retried on
 * connection errors, 429 and 503 as {@link ClientOptions#retryPolicy()} says; TrackingMore asks for
 * a two-minute pause after a 429, so raise {@code maxBackoff} or handle the exception yourself.
 */
public final class TrackingMoreClient {

    /** The header TrackingMore v2 reads the account's API key from. */
    public static final String API_KEY_HEADER = "Trackingmore-Api-Key";

    private TrackingMoreClient() {
    }

    /** A client with {@link ClientOptions#defaults()}. */
    public static TrackingMoreApi create(String baseUrl, String apiKey) {
        return create(baseUrl, apiKey, ClientOptions.defaults());
    }

    /**
     * @param baseUrl the API root, e.g. {@code https://api.trackingmore.com/v2} or the mock server's
     *                {@code http://localhost:8080/trackingmore/v2}
     * @param apiKey  the account's API key from the TrackingMore dashboard
     * @param options timeouts and retries
     */
    public static TrackingMoreApi create(String baseUrl, String apiKey, ClientOptions options) {
        Objects.requireNonNull(apiKey, "apiKey");
        ApiKeyAuth auth = new ApiKeyAuth("header", API_KEY_HEADER);
        auth.setApiKey(apiKey);
        return CarrierFeign.forCarrier(TrackingMoreException::from)
                .decoder(ApiResponseDecoder::new)
                .envelope(TrackingMoreException::failureIn)
                .auth(auth)
                // these POSTs only read: safe to retry on 429/503 like a GET
                .safeToRetry("getRealtimeTracking", "checkRemoteArea", "getTransitTime", "getAirCargoTracking")
                .build(TrackingMoreApi.class, baseUrl, options);
    }
}
