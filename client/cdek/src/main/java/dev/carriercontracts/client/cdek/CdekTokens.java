package dev.carriercontracts.client.cdek;

import dev.carriercontracts.client.cdek.api.CdekApi;
import dev.carriercontracts.client.cdek.model.GrantType;
import dev.carriercontracts.client.cdek.model.Token;
import dev.carriercontracts.client.core.AccessToken;
import dev.carriercontracts.client.core.AccessTokenCache;
import feign.RequestInterceptor;
import feign.RequestTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * Puts {@code Authorization: Bearer <token>} on every call, with a token fetched from CDEK's
 * {@code POST /oauth/token} (client credentials) and kept until {@link #REFRESH_MARGIN} before it
 * expires. Hand-written because the generator's OAuth support would bring scribejava and its own
 * retrying error decoder; the token lives in core's {@link AccessTokenCache} instead, so concurrent
 * calls share one fetch and the client's {@code ClientOptions} clock decides when it is due.
 */
final class CdekTokens implements RequestInterceptor {

    /** A token is replaced this long before it expires, so no call goes out with a token that expires in flight. */
    static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);

    private static final String AUTHORIZATION = "Authorization";
    private static final String BEARER = "Bearer ";

    private final AccessTokenCache cache;

    /**
     * @param tokenEndpoint a client without this interceptor (the token request carries no token)
     */
    CdekTokens(CdekApi tokenEndpoint, String clientId, String clientSecret, Clock clock) {
        this.cache = new AccessTokenCache(() -> fetch(tokenEndpoint, clientId, clientSecret, clock), clock, REFRESH_MARGIN);
    }

    @Override
    public void apply(RequestTemplate template) {
        template.removeHeader(AUTHORIZATION);  // a retried call carries the new token, not both
        template.header(AUTHORIZATION, BEARER + cache.token());
    }

    /**
     * CDEK refused the token a call carried: forget it, so the next call fetches a new one. Only the
     * token still cached is forgotten: when several calls are refused at once, the first one's
     * replacement is kept for the others.
     */
    void rejected(feign.Request call) {
        String sent = sentToken(call);
        if (sent == null) {
            cache.invalidate();
        } else {
            cache.invalidate(sent);
        }
    }

    private static AccessToken fetch(CdekApi tokenEndpoint, String clientId, String clientSecret, Clock clock) {
        Instant requested = clock.instant();  // the lifetime counts from before the request, to be safe
        Token token = tokenEndpoint.getToken(GrantType.CLIENT_CREDENTIALS, clientId, clientSecret);
        if (token == null || token.getAccessToken() == null || token.getExpiresIn() == null) {
            throw new IllegalStateException("CDEK's token answer has no access_token or expires_in");
        }
        return new AccessToken(token.getAccessToken(), requested.plusSeconds(token.getExpiresIn()));
    }

    private static String sentToken(feign.Request call) {
        Collection<String> values = call == null ? null : call.headers().get(AUTHORIZATION);
        if (values == null || values.isEmpty()) {
            return null;
        }
        String value = values.iterator().next();
        return value.startsWith(BEARER) ? value.substring(BEARER.length()) : null;
    }
}
