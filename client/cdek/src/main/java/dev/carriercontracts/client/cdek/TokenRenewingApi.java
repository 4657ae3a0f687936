package dev.carriercontracts.client.cdek;

import dev.carriercontracts.client.cdek.api.CdekApi;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * The {@link CdekApi} that {@link CdekClient} hands out. A call CDEK refuses because of its token
 * (HTTP 401, {@link CdekException#tokenRejected()}) is sent once more with a new token; a second
 * refusal surfaces. Safe for {@code createOrder} too: a call refused at authentication was not
 * processed. {@code getToken} goes to a client without the bearer token, as the spec says
 * ({@code security: []}).
 *
 * <p>Hand-written because a Feign {@code Retryer} cannot do it: core's retryer, rightly, never
 * repeats a POST and may be switched off, while this retry is about authentication, not transport.
 */
final class TokenRenewingApi implements InvocationHandler {

    private static final String TOKEN_OPERATION = "getToken";

    private final CdekApi authenticated;
    private final CdekApi tokenEndpoint;
    private final CdekTokens tokens;
    private final String baseUrl;

    private TokenRenewingApi(CdekApi authenticated, CdekApi tokenEndpoint, CdekTokens tokens, String baseUrl) {
        this.authenticated = authenticated;
        this.tokenEndpoint = tokenEndpoint;
        this.tokens = tokens;
        this.baseUrl = baseUrl;
    }

    static CdekApi wrap(CdekApi authenticated, CdekApi tokenEndpoint, CdekTokens tokens, String baseUrl) {
        return (CdekApi) Proxy.newProxyInstance(CdekApi.class.getClassLoader(), new Class<?>[] {CdekApi.class},
                new TokenRenewingApi(authenticated, tokenEndpoint, tokens, baseUrl));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "CdekApi(" + baseUrl + ")";
            };
        }
        if (method.getName().startsWith(TOKEN_OPERATION)) {
            return call(tokenEndpoint, method, args);
        }
        try {
            return call(authenticated, method, args);
        } catch (CdekException refused) {
            if (!refused.tokenRejected()) {
                throw refused;
            }
            tokens.rejected(refused.request());
            return call(authenticated, method, args);
        }
    }

    private static Object call(CdekApi target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
