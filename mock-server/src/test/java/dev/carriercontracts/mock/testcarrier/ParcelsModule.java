package dev.carriercontracts.mock.testcarrier;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.auth.ApiKeyAuthenticator;
import dev.carriercontracts.mock.auth.Authenticator;
import dev.carriercontracts.mock.auth.BasicAuthenticator;
import dev.carriercontracts.mock.auth.BearerAuthenticator;
import dev.carriercontracts.mock.auth.Credential;
import dev.carriercontracts.mock.auth.Credentials;
import dev.carriercontracts.mock.auth.IssuedToken;
import dev.carriercontracts.mock.auth.TokenStore;
import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.carrier.CarrierContext;
import dev.carriercontracts.mock.carrier.CarrierModule;
import dev.carriercontracts.mock.carrier.EntityView;
import dev.carriercontracts.mock.carrier.ErrorFormat;
import dev.carriercontracts.mock.carrier.ForceResult;
import dev.carriercontracts.mock.carrier.RouteTable;
import dev.carriercontracts.mock.carrier.StateMachineDiagram;
import dev.carriercontracts.mock.clock.MockClock;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The test-only carrier that proves the platform: what a real carrier module looks like, small.
 * It can be mounted as any carrier, with any of the three reusable authenticators.
 */
public final class ParcelsModule implements CarrierModule {

    public static final String SPEC = "test-carrier/parcels.yaml";

    private final Carrier carrier;
    private final MockClock clock;
    private final Credentials credentials;
    private final Authenticator authenticator;
    private final TokenStore tokens;
    private final ParcelStore store;
    private final ParcelErrors errors = new ParcelErrors();
    private final Duration pickup;
    private final Duration delivery;

    public ParcelsModule(CarrierContext context, AuthStyle auth) {
        this.carrier = context.carrier();
        this.clock = context.clock();
        this.credentials = context.credentials();
        this.tokens = new TokenStore(clock, context.settings().delay("token", Duration.ofHours(1)));
        this.store = new ParcelStore(context.maxStoredEntities());
        this.pickup = context.settings().delay("pickup", Duration.ofMinutes(10));
        this.delivery = context.settings().delay("delivery", Duration.ofHours(1));
        this.authenticator = switch (auth) {
            case BASIC -> new BasicAuthenticator(credentials);
            case API_KEY -> new ApiKeyAuthenticator("X-Test-Key", credentials);
            case BEARER -> new BearerAuthenticator(tokens);
        };
    }

    @Override
    public Carrier carrier() {
        return carrier;
    }

    @Override
    public String specResource() {
        return SPEC;
    }

    @Override
    public void routes(RouteTable routes) {
        routes.post("/oauth/token", "issueToken", this::issueToken).withoutAuthentication();
        routes.post("/parcels", "createParcel", this::create);
        routes.get("/parcels", "listParcels", this::list);
        routes.get("/parcels/{parcel_id}", "getParcel", this::get);
        routes.delete("/parcels/{parcel_id}", "cancelParcel", this::cancel);
        routes.get("/parcels/{parcel_id}/label", "getLabel", this::label);
        routes.get("/echo", "echoRequestId", call -> call.respond(200, Map.of("request_id", call.header("X-Request-Id"))));
        routes.post("/explode", "explode", call -> {
            throw new IllegalStateException("boom");
        });
    }

    @Override
    public ErrorFormat errorFormat() {
        return errors;
    }

    @Override
    public Authenticator authenticator() {
        return authenticator;
    }

    @Override
    public void reset() {
        store.clear();
        tokens.revokeAll();
    }

    @Override
    public void reset(String credentialId) {
        store.clear(credentialId);
        tokens.revoke(credentialId);
    }

    @Override
    public Set<String> entityKinds() {
        return Set.of("parcel");
    }

    @Override
    public ForceResult forceState(String kind, String id, String state) {
        if (!kind.equals("parcel")) {
            return new ForceResult.UnknownKind(entityKinds());
        }
        Optional<Parcel> parcel = store.byId(id);
        if (parcel.isEmpty()) {
            return new ForceResult.UnknownEntity();
        }
        Optional<ParcelState> target = ParcelState.byName(state);
        if (target.isEmpty()) {
            return new ForceResult.UnknownState(ParcelState.names());
        }
        Instant now = clock.instant();
        ParcelState current = parcel.get().state(now, pickup, delivery);
        if (current.isFinal()) {
            return new ForceResult.Refused("a " + current + " parcel cannot become " + state);
        }
        Parcel forced = parcel.get().withOverride(target.get(), now);
        store.save(forced);
        return new ForceResult.Forced(view(forced, now));
    }

    @Override
    public List<StateMachineDiagram> stateMachines() {
        return List.of(ParcelState.diagram());
    }

    @Override
    public List<EntityView> entities() {
        Instant now = clock.instant();
        return store.all().stream().map(p -> view(p, now)).toList();
    }

    private EntityView view(Parcel p, Instant now) {
        var timeline = p.timeline(now, pickup, delivery);
        return new EntityView("parcel", p.id(), p.credentialId(), timeline.get(timeline.size() - 1).state(), timeline);
    }

    private void issueToken(CarrierCall call) {
        JsonNode form = call.body();
        Optional<Credential> client = credentials.login(form.path("client_id").asText(), form.path("client_secret").asText());
        if (client.isEmpty()) {
            call.fail(ParcelErrors.error(401, "INVALID_CLIENT", "unknown client or wrong secret"));
            return;
        }
        IssuedToken token = tokens.issue(client.get());
        call.respond(200, Map.of("access_token", token.value(), "token_type", "bearer", "expires_in", token.expiresInSeconds()));
    }

    private void create(CarrierCall call) {
        JsonNode body = call.body();
        List<String> tags = new ArrayList<>();
        body.path("tags").forEach(t -> tags.add(t.asText()));
        long sequence = store.nextSequence();
        Parcel parcel = new Parcel(sequence, "P" + sequence, call.credential().id(), body.get("reference").asText(),
                body.get("weight_grams").asInt(), body.path("note").isTextual() ? body.get("note").asText() : null,
                List.copyOf(tags), call.now(), null);
        store.save(parcel);
        call.respond(201, json(parcel, call.now()));
    }

    private void list(CarrierCall call) {
        List<String> states = call.queryParams("state");
        List<Map<String, Object>> parcels = store.of(call.credential().id()).stream()
                .filter(p -> states.isEmpty() || states.contains(p.state(call.now(), pickup, delivery).name()))
                .map(p -> json(p, call.now()))
                .toList();
        String limit = call.queryParam("limit");
        if (limit != null && parcels.size() > Integer.parseInt(limit)) {
            parcels = parcels.subList(0, Integer.parseInt(limit));
        }
        call.respond(200, Map.of("parcels", parcels));
    }

    private void get(CarrierCall call) {
        Optional<Parcel> parcel = store.find(call.credential().id(), call.pathParam("parcel_id"));
        if (parcel.isEmpty()) {
            call.fail(errors.notFound("no parcel " + call.pathParam("parcel_id")));
            return;
        }
        call.respond(200, json(parcel.get(), call.now()));
    }

    private void cancel(CarrierCall call) {
        Optional<Parcel> parcel = store.find(call.credential().id(), call.pathParam("parcel_id"));
        if (parcel.isEmpty()) {
            call.fail(errors.notFound("no parcel " + call.pathParam("parcel_id")));
            return;
        }
        ParcelState state = parcel.get().state(call.now(), pickup, delivery);
        if (state != ParcelState.CREATED) {
            call.fail(ParcelErrors.error(409, "NOT_CANCELLABLE", "a " + state + " parcel cannot be cancelled"));
            return;
        }
        store.save(parcel.get().withOverride(ParcelState.CANCELLED, call.now()));
        call.respondEmpty(204);
    }

    private void label(CarrierCall call) {
        Optional<Parcel> parcel = store.find(call.credential().id(), call.pathParam("parcel_id"));
        if (parcel.isEmpty()) {
            call.fail(errors.notFound("no parcel " + call.pathParam("parcel_id")));
            return;
        }
        String pdf = "%PDF-1.4\n% label " + parcel.get().id() + "\n%%EOF\n";
        call.header("Content-Disposition", "inline; filename=" + parcel.get().id() + ".pdf")
                .respondBytes(200, "application/pdf", pdf.getBytes(StandardCharsets.US_ASCII));
    }

    private Map<String, Object> json(Parcel p, Instant now) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", p.id());
        out.put("reference", p.reference());
        out.put("weight_grams", p.weightGrams());
        if (p.note() != null) {
            out.put("note", p.note());
        }
        out.put("tags", p.tags());
        out.put("state", p.state(now, pickup, delivery).name());
        out.put("created_at", p.createdAt().toString());
        return out;
    }
}
