package dev.carriercontracts.client.cj;

import dev.carriercontracts.client.cj.api.CjLogisticsApi;
import dev.carriercontracts.client.cj.invoker.ApiResponseDecoder;
import dev.carriercontracts.client.core.CarrierFeign;
import dev.carriercontracts.client.core.ClientOptions;

import java.util.Objects;

/**
 * Ready-to-use clients for the logistics part of CJ Dropshipping's Open API 2.0.
 *
 * <pre>{@code
 * CjLogisticsApi cj = CjClient.create("https://developers.cjdropshipping.com/api2.0/v1", accessToken);
 * TrackInfoResponse tracking = cj.trackInfo(List.of("CJPKL7160102171YQ", "CJPKL7160102172YQ"));
 * tracking.getData().forEach(parcel -> System.out.println(parcel.getTrackingStatus()));
 * }</pre>
 *
 * Every call sends the access token in the {@code CJ-Access-Token} header. The token comes from CJ's
 * authentication API (not part of this client) and lives 15 days: build a new client with the renewed
 * token. CJ reports most failures inside HTTP 200 answers ({@code "result": false}); this client raises
 * them, like HTTP errors (429, 413, 5XX), as {@link CjException}, so a returned answer is always a
 * success. Idempotent calls (the two tracking queries) are retried on connection errors, 429 and 503 as
 * {@link ClientOptions#retryPolicy()} says; the freight calculations are POSTs and are never retried.
 */
public final class CjClient {

    /** The header CJ reads the access token from (security scheme {@code CjAccessToken} of the spec). */
    public static final String ACCESS_TOKEN_HEADER = "CJ-Access-Token";

    private CjClient() {
    }

    /** A client with {@link ClientOptions#defaults()}. */
    public static CjLogisticsApi create(String baseUrl, String accessToken) {
        return create(baseUrl, accessToken, ClientOptions.defaults());
    }

    /**
     * @param baseUrl     the API root, e.g. {@code https://developers.cjdropshipping.com/api2.0/v1} or the
     *                    mock server's {@code http://localhost:8080/cj/api2.0/v1}
     * @param accessToken the access token from CJ's authentication API
     * @param options     timeouts and retries
     */
    public static CjLogisticsApi create(String baseUrl, String accessToken, ClientOptions options) {
        Objects.requireNonNull(accessToken, "accessToken");
        return CarrierFeign.forCarrier(CjException::fromHttpError)
                .decoder(ApiResponseDecoder::new)
                .envelope(CjException::fromEnvelope)
                .auth(template -> template.header(ACCESS_TOKEN_HEADER, accessToken))
                // freight quotes are POSTs that change nothing: safe to retry on 429/503
                .safeToRetry("freightCalculate", "freightCalculateTip", "partnerFreightCalculate",
                        "getSupplierLogisticsTemplate")
                .build(CjLogisticsApi.class, baseUrl, options);
    }
}
