package dev.carriercontracts.client.cnexpress;

import dev.carriercontracts.client.cnexpress.api.CnExpressApi;
import dev.carriercontracts.client.cnexpress.invoker.ApiResponseDecoder;
import dev.carriercontracts.client.core.CarrierFeign;
import dev.carriercontracts.client.core.ClientOptions;
import feign.auth.BasicAuthRequestInterceptor;

import java.nio.charset.StandardCharsets;

/**
 * Ready-to-use CNExpress clients.
 *
 * <pre>{@code
 * CnExpressApi cnexpress = CnExpressClient.create("https://cnexpress.co.uk/api/v1", "my_username", "my_password");
 * Account account = cnexpress.getAccount();
 * }</pre>
 *
 * Every call authenticates with HTTP Basic. Errors surface as {@link CnExpressException}; idempotent
 * calls are retried on connection errors, 429 and 503 as {@link ClientOptions#retryPolicy()} says.
 */
public final class CnExpressClient {

    private CnExpressClient() {
    }

    /** A client with {@link ClientOptions#defaults()}. */
    public static CnExpressApi create(String baseUrl, String username, String password) {
        return create(baseUrl, username, password, ClientOptions.defaults());
    }

    /**
     * @param baseUrl  the API root, e.g. {@code https://cnexpress.co.uk/api/v1} or the mock server's
     *                 {@code http://localhost:8080/cnexpress/api/v1}
     * @param username the account's user name
     * @param password the account's password
     * @param options  timeouts and retries
     */
    public static CnExpressApi create(String baseUrl, String username, String password, ClientOptions options) {
        return CarrierFeign.forCarrier(CnExpressException::from)
                .decoder(ApiResponseDecoder::new)
                .auth(new BasicAuthRequestInterceptor(username, password, StandardCharsets.UTF_8))
                .build(CnExpressApi.class, baseUrl, options);
    }
}
