package dev.carriercontracts.mock.cdek.token;

import dev.carriercontracts.mock.auth.Credential;
import dev.carriercontracts.mock.auth.Credentials;
import dev.carriercontracts.mock.auth.IssuedToken;
import dev.carriercontracts.mock.auth.TokenStore;
import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.cdek.wire.TokenBody;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code POST /oauth/token}: the client-credentials grant. The three parameters come in the query
 * string (as CDEK's own clients send them) or in a form body (as OAuth 2.0 clients do), each
 * exactly once; tokens expire by the mock clock.
 */
public final class TokenEndpoint {

    static final String GRANT_TYPE = "grant_type";
    static final String CLIENT_ID = "client_id";
    static final String CLIENT_SECRET = "client_secret";
    /** The scopes CDEK grants an integration account. */
    static final String SCOPE = "order:all payment:all";

    private final Credentials clients;
    private final TokenStore tokens;

    public TokenEndpoint(Credentials clients, TokenStore tokens) {
        this.clients = clients;
        this.tokens = tokens;
    }

    public void issue(CarrierCall call) {
        Map<String, List<String>> form = call.formParams();
        List<String> problems = new ArrayList<>();
        String grantType = single(GRANT_TYPE, call, form, problems);
        String clientId = single(CLIENT_ID, call, form, problems);
        String clientSecret = single(CLIENT_SECRET, call, form, problems);
        if (!problems.isEmpty()) {
            call.fail(OAuthErrors.invalidRequest(String.join("; ", problems)));
            return;
        }
        if (!"client_credentials".equals(grantType)) {
            call.fail(OAuthErrors.error(400, "unsupported_grant_type", "Unsupported grant type: " + grantType));
            return;
        }
        Optional<Credential> client = clients.login(clientId, clientSecret);
        if (client.isEmpty()) {
            call.fail(OAuthErrors.error(401, "invalid_client", "Bad client credentials"));
            return;
        }
        IssuedToken token = tokens.issue(client.get());
        call.respond(200, new TokenBody(token.value(), "bearer", token.expiresInSeconds(), SCOPE, UUID.randomUUID().toString()));
    }

    /** The parameter's one value from the query or the form; a problem when it is missing, blank or repeated. */
    private static String single(String name, CarrierCall call, Map<String, List<String>> form, List<String> problems) {
        List<String> values = new ArrayList<>(call.queryParams(name));
        values.addAll(form.getOrDefault(name, List.of()));
        if (values.size() > 1) {
            problems.add("Parameter " + name + " is repeated: give it once, in the query string or in the form body");
            return null;
        }
        if (values.isEmpty() || values.get(0).isBlank()) {
            problems.add("Missing " + name.replace('_', ' '));
            return null;
        }
        return values.get(0);
    }
}
