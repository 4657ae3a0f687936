package dev.carriercontracts.client.packagetracking;

import dev.carriercontracts.client.core.CarrierFeign;
import dev.carriercontracts.client.core.ClientOptions;
import dev.carriercontracts.client.packagetracking.api.PackageTrackingApi;
import dev.carriercontracts.client.packagetracking.invoker.ApiResponseDecoder;
import dev.carriercontracts.client.packagetracking.invoker.auth.ApiKeyAuth;

import java.util.Objects;

/**
 * Ready-to-use package-tracking clients.
 *
 * <pre>{@code
 * PackageTrackingApi tracking = PackageTrackingClient.create("http://localhost:8080/package-tracking/v1", "my_api_key");
 * TrackingResponse answer = tracking.queryTracking(new TrackingQuery().expCode("shunfeng").expNo("SF1234567890"));
 * TrackingStatus status = answer.getData().getStatus();  // e.g. DELIVERED (已签收)
 * }</pre>
 *
 * Every call sends the API key in the {@code X-Api-Key} header. Every failure surfaces as a
 * {@link PackageTrackingException}: an HTTP error status, and also an HTTP 2xx answer whose envelope
 * {@code code} is not {@code SUCCESS}, so a returned {@code TrackingResponse} always holds a result.
 */
public final class PackageTrackingClient {

    private static final String API_KEY_HEADER = "X-Api-Key";

    private PackageTrackingClient() {
    }

    /** A client with {@link ClientOptions#defaults()}. */
    public static PackageTrackingApi create(String baseUrl, String apiKey) {
        return create(baseUrl, apiKey, ClientOptions.defaults());
    }

    /**
     * @param baseUrl the API root: the provider's host (its document names none) or the mock server's
     *                {@code http://localhost:8080/package-tracking/v1}
     * @param apiKey  the key the provider issued, sent as {@code X-Api-Key}
     * @param options timeouts and retries
     */
    public static PackageTrackingApi create(String baseUrl, String apiKey, ClientOptions options) {
        Objects.requireNonNull(apiKey, "apiKey");
        ApiKeyAuth auth = new ApiKeyAuth("header", API_KEY_HEADER);
        auth.setApiKey(apiKey);
        return CarrierFeign.forCarrier(PackageTrackingException::from)
                .decoder(ApiResponseDecoder::new)
                .envelope(PackageTrackingException::fromEnvelope)
                .auth(auth)
                // a query changes nothing: safe to retry on 429/503 although it is a POST
                .safeToRetry("queryTracking")
                .build(PackageTrackingApi.class, baseUrl, options);
    }
}
