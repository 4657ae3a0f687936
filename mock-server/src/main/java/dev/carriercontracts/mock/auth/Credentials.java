package dev.carriercontracts.mock.auth;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.config.CredentialSettings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One carrier's accounts, from its config section; looked up by id or by secret in O(1). */
public final class Credentials {

    private final Carrier carrier;
    private final Map<String, Credential> byId = new LinkedHashMap<>();
    private final Map<String, Credential> bySecret = new LinkedHashMap<>();

    public Credentials(Carrier carrier, List<CredentialSettings> settings) {
        this.carrier = carrier;
        for (CredentialSettings s : settings) {
            Credential credential = new Credential(carrier, s.id(), s.secret(), s.attributes());
            if (byId.putIfAbsent(credential.id(), credential) != null) {
                throw new IllegalArgumentException(carrier.id() + ": two credentials with the id '" + s.id() + "'");
            }
            bySecret.putIfAbsent(credential.secret(), credential);
        }
    }

    public Carrier carrier() {
        return carrier;
    }

    public List<Credential> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Credential> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The credential whose secret (API key, token secret) this is. */
    public Optional<Credential> bySecret(String secret) {
        return Optional.ofNullable(bySecret.get(secret));
    }

    /** The credential with this id and secret (a Basic login or an OAuth client). */
    public Optional<Credential> login(String id, String secret) {
        Credential credential = byId.get(id);
        return credential != null && credential.secret().equals(secret) ? Optional.of(credential) : Optional.empty();
    }
}
