package dev.carriercontracts.mock.cdek;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.auth.Authenticator;
import dev.carriercontracts.mock.auth.BearerAuthenticator;
import dev.carriercontracts.mock.auth.TokenStore;
import dev.carriercontracts.mock.carrier.CarrierContext;
import dev.carriercontracts.mock.carrier.CarrierModule;
import dev.carriercontracts.mock.carrier.EntityView;
import dev.carriercontracts.mock.carrier.ErrorFormat;
import dev.carriercontracts.mock.carrier.ForceResult;
import dev.carriercontracts.mock.carrier.RouteTable;
import dev.carriercontracts.mock.carrier.StateMachineDiagram;
import dev.carriercontracts.mock.cdek.config.CdekSettings;
import dev.carriercontracts.mock.cdek.errors.CdekErrors;
import dev.carriercontracts.mock.cdek.lifecycle.OrderStatus;
import dev.carriercontracts.mock.cdek.lifecycle.RequestState;
import dev.carriercontracts.mock.cdek.lifecycle.StateType;
import dev.carriercontracts.mock.cdek.orders.ForcedStates;
import dev.carriercontracts.mock.cdek.orders.OrderEndpoints;
import dev.carriercontracts.mock.cdek.orders.OrderLifecycle;
import dev.carriercontracts.mock.cdek.orders.OrderStore;
import dev.carriercontracts.mock.cdek.orders.OrderView;
import dev.carriercontracts.mock.cdek.orders.rules.OrderRules;
import dev.carriercontracts.mock.cdek.token.OAuthErrors;
import dev.carriercontracts.mock.cdek.token.TokenEndpoint;
import dev.carriercontracts.mock.clock.MockClock;

import java.util.List;
import java.util.Set;

/**
 * CDEK API v2, orders: OAuth 2.0 client-credentials tokens (expiring by the mock clock), order
 * registration answered 202 with a CREATE request that CDEK processes asynchronously
 * (ACCEPTED → WAITING → SUCCESSFUL / INVALID by the seed's business rules), and orders that then
 * travel through the seed's status codes to DELIVERED or NOT_DELIVERED. Spec:
 * {@code carrier-specs/cdek.yaml}; page: {@code mock-server/carriers/cdek.md}.
 */
public final class CdekModule implements CarrierModule {

    public static final String ORDER = "order";
    public static final String REQUEST = "request";

    private final MockClock clock;
    private final TokenStore tokens;
    private final OrderStore orders;
    private final OrderLifecycle lifecycle;
    private final CdekErrors errors;
    private final Authenticator authenticator;
    private final TokenEndpoint tokenEndpoint;
    private final OrderEndpoints orderEndpoints;
    private final ForcedStates forcedStates;

    public CdekModule(CarrierContext context) {
        CdekSettings settings = CdekSettings.from(context.settings());
        this.clock = context.clock();
        this.tokens = new TokenStore(clock, settings.delays().token());
        this.orders = new OrderStore(context.maxStoredEntities());
        this.lifecycle = new OrderLifecycle(settings.delays());
        this.errors = new CdekErrors(clock, new CdekTime(settings.zone()), new OAuthErrors());
        this.authenticator = new BearerAuthenticator(tokens);
        this.tokenEndpoint = new TokenEndpoint(context.credentials(), tokens);
        this.orderEndpoints = new OrderEndpoints(orders, new OrderRules(settings), lifecycle, new OrderView(lifecycle, settings), errors);
        this.forcedStates = new ForcedStates(orders, lifecycle);
    }

    @Override
    public Carrier carrier() {
        return Carrier.CDEK;
    }

    @Override
    public void routes(RouteTable routes) {
        routes.post("/oauth/token", "getToken", tokenEndpoint::issue).withoutAuthentication();
        routes.post("/orders", "createOrder", orderEndpoints::create);
        routes.get("/orders/{uuid}", "getOrder", orderEndpoints::read);
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
        orders.clear();
        tokens.revokeAll();
    }

    @Override
    public void reset(String credentialId) {
        orders.clear(credentialId);
        tokens.revoke(credentialId);
    }

    @Override
    public Set<String> entityKinds() {
        return Set.of(ORDER, REQUEST);
    }

    @Override
    public ForceResult forceState(String kind, String id, String state) {
        return switch (kind) {
            case ORDER -> forcedStates.forceOrder(id, state, clock.instant());
            case REQUEST -> forcedStates.forceRequest(id, state, clock.instant());
            default -> new ForceResult.UnknownKind(entityKinds());
        };
    }

    @Override
    public List<EntityView> entities() {
        return forcedStates.views(orders.all(), clock.instant());
    }

    @Override
    public List<StateMachineDiagram> stateMachines() {
        return List.of(StateType.diagram("CDEK order registration (CREATE request)", REQUEST, RequestState.ACCEPTED),
                StateType.diagram("CDEK order", ORDER, OrderStatus.ACCEPTED));
    }
}
