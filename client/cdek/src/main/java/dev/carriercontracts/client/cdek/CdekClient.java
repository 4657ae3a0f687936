package dev.carriercontracts.client.cdek;

import dev.carriercontracts.client.cdek.api.CdekApi;
import dev.carriercontracts.client.cdek.invoker.ApiResponseDecoder;
import dev.carriercontracts.client.core.CarrierFeign;
import dev.carriercontracts.client.core.ClientOptions;

import java.util.Objects;

/**
 * Ready-to-use CDEK API v2 clients.
 *
 * <pre>{@code
 * CdekApi cdek = CdekClient.create("https://api.edu.cdek.ru/v2", "my_account", "my_secure_password");
 * OrderAccepted accepted = cdek.createOrder(order);
 * OrderInfo info = cdek.getOrder(accepted.getEntity().getUuid());
 * }</pre>
 *
 * Authentication is OAuth 2.0 client credentials, handled for you: the first call fetches a token
 * from {@code POST {baseUrl}/oauth/token}, every call sends it as {@code Authorization: Bearer ...},
 * and it is reused until shortly (60 s) before its {@code expires_in} runs out, as told by
 * {@link ClientOptions#clock()}; concurrent calls share one fetch. A call CDEK answers with 401
 * {@code v2_token_expired} is repeated once with a new token.
 *
 * <p>Errors surface as {@link CdekException}; idempotent calls are retried on connection errors, 429
 * and 503 as {@link ClientOptions#retryPolicy()} says. The returned client is thread-safe.
 */
public final class CdekClient {

    private CdekClient() {
    }

    /** A client with {@link ClientOptions#defaults()}. */
    public static CdekApi create(String baseUrl, String clientId, String clientSecret) {
        return create(baseUrl, clientId, clientSecret, ClientOptions.defaults());
    }

    /**
     * @param baseUrl      the API root, e.g. {@code https://api.edu.cdek.ru/v2} (test),
     *                     {@code https://api.cdek.ru/v2} (production) or the mock server's
     *                     {@code http://localhost:8080/cdek/v2}
     * @param clientId     the CDEK <i>Account</i>
     * @param clientSecret the CDEK <i>Secure password</i>
     * @param options      timeouts, retries and the clock that decides when the token is due
     */
    public static CdekApi create(String baseUrl, String clientId, String clientSecret, ClientOptions options) {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        CdekApi tokenEndpoint = feign().build(CdekApi.class, baseUrl, options);
        CdekTokens tokens = new CdekTokens(tokenEndpoint, clientId, clientSecret, options.clock());
        CdekApi authenticated = feign().auth(tokens).build(CdekApi.class, baseUrl, options);
        return TokenRenewingApi.wrap(authenticated, tokenEndpoint, tokens, baseUrl);
    }

    private static CarrierFeign feign() {
        return CarrierFeign.forCarrier(CdekException::from).decoder(ApiResponseDecoder::new);
    }
}
