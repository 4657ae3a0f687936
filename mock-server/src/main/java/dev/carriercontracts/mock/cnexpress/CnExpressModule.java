package dev.carriercontracts.mock.cnexpress;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.auth.Authenticator;
import dev.carriercontracts.mock.auth.BasicAuthenticator;
import dev.carriercontracts.mock.carrier.CarrierContext;
import dev.carriercontracts.mock.carrier.CarrierModule;
import dev.carriercontracts.mock.carrier.EntityView;
import dev.carriercontracts.mock.carrier.ErrorFormat;
import dev.carriercontracts.mock.carrier.ForceResult;
import dev.carriercontracts.mock.carrier.RouteTable;
import dev.carriercontracts.mock.carrier.StateMachineDiagram;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.cnexpress.account.AccountBook;
import dev.carriercontracts.mock.cnexpress.account.AccountHandler;
import dev.carriercontracts.mock.cnexpress.catalogue.CatalogueHandlers;
import dev.carriercontracts.mock.cnexpress.request.OrderIntake;
import dev.carriercontracts.mock.cnexpress.request.RequestBook;
import dev.carriercontracts.mock.cnexpress.request.RequestHandlers;
import dev.carriercontracts.mock.cnexpress.request.RequestLifecycle;
import dev.carriercontracts.mock.cnexpress.request.RequestState;
import dev.carriercontracts.mock.cnexpress.request.RequestStore;
import dev.carriercontracts.mock.cnexpress.settings.CnExpressSettings;
import dev.carriercontracts.mock.cnexpress.tracking.TrackingHandler;
import dev.carriercontracts.mock.cnexpress.waybill.WaybillAssembler;
import dev.carriercontracts.mock.cnexpress.waybill.WaybillDownloads;
import dev.carriercontracts.mock.cnexpress.wire.BaseUrls;
import dev.carriercontracts.mock.cnexpress.wire.RequestJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The CNExpress ordering API (seed {@code 000_2590713e8ea17c69.txt}, spec {@code carrier-specs/cnexpress.yaml}):
 * accounts with credit, the product/city/route catalogue, order requests that move Created → Waiting →
 * Succeeded | Failed with the clock, packages, PDF waybills and tracking. Built from the carrier's config
 * section ({@code carrier-defaults/cnexpress.yaml}); everything it stores belongs to this instance.
 */
public final class CnExpressModule implements CarrierModule {

    private final MockClock clock;
    private final CnExpressErrors errors = new CnExpressErrors();
    private final Authenticator authenticator;
    private final AccountBook accounts;
    private final RequestStore store;
    private final RequestBook requests;
    private final AccountHandler accountHandler;
    private final CatalogueHandlers catalogueHandlers;
    private final RequestHandlers requestHandlers;
    private final WaybillDownloads waybills;
    private final TrackingHandler tracking;

    public CnExpressModule(CarrierContext context) {
        CnExpressSettings settings = CnExpressSettings.read(context);
        this.clock = context.clock();
        this.authenticator = new BasicAuthenticator(context.credentials());
        this.accounts = new AccountBook(settings.accounts());
        RequestLifecycle lifecycle = new RequestLifecycle(settings.delays());
        this.store = new RequestStore(lifecycle, context.maxStoredEntities());
        this.requests = new RequestBook(new OrderIntake(settings.catalogue()), accounts, store, lifecycle);
        BaseUrls urls = new BaseUrls(settings.baseUrl(), Carrier.CNEXPRESS.basePath());
        this.accountHandler = new AccountHandler(accounts);
        this.catalogueHandlers = new CatalogueHandlers(settings.catalogue(), urls, context.json());
        this.requestHandlers = new RequestHandlers(requests, new RequestJson(settings.catalogue()), urls);
        this.waybills = new WaybillDownloads(requests, new WaybillAssembler(settings.catalogue()));
        this.tracking = new TrackingHandler(requests, settings.tracking(), settings.catalogue().cities());
    }

    @Override
    public Carrier carrier() {
        return Carrier.CNEXPRESS;
    }

    @Override
    public void routes(RouteTable routes) {
        routes.get("/account", "getAccount", accountHandler::show);
        routes.get("/products", "listProducts", catalogueHandlers::products);
        routes.get("/products/{barcode}", "getProduct", catalogueHandlers::product);
        routes.get("/cities", "listCities", catalogueHandlers::cities);
        routes.get("/routes", "listRoutes", catalogueHandlers::routes);
        routes.get("/routes/{code}", "getRoute", catalogueHandlers::route);
        routes.post("/requests", "createRequest", requestHandlers::create);
        routes.get("/requests/{request_no}", "getRequest", requestHandlers::show);
        routes.get("/packages/{request_no}-{tracking_no}", "getPackage", requestHandlers::showPackage);
        routes.get("/waybills/request/{request_no}", "getRequestWaybills", waybills::requestWaybills).slow();
        routes.get("/waybills/{request_no}-{tracking_no}", "getPackageWaybill", waybills::packageWaybill).slow();
        routes.get("/tracking/{tracking_no}", "getTracking", tracking::show);
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
        accounts.restoreAll();
    }

    @Override
    public void reset(String credentialId) {
        store.clear(credentialId);
        accounts.restore(credentialId);
    }

    @Override
    public Set<String> entityKinds() {
        return Set.of(RequestBook.KIND);
    }

    @Override
    public ForceResult forceState(String kind, String id, String state) {
        if (!RequestBook.KIND.equals(kind)) {
            return new ForceResult.UnknownKind(entityKinds());
        }
        return requests.force(id, state, RequestLifecycle.toMicros(clock.instant()));
    }

    @Override
    public List<EntityView> entities() {
        return requests.views(RequestLifecycle.toMicros(clock.instant()));
    }

    @Override
    public List<StateMachineDiagram> stateMachines() {
        List<StateMachineDiagram.Transition> transitions = new ArrayList<>();
        List<String> finals = new ArrayList<>();
        for (RequestState state : RequestState.values()) {
            state.moves().forEach(move -> transitions.add(
                    new StateMachineDiagram.Transition(state.label(), move.to().label(), move.trigger())));
            if (state.isFinal()) {
                finals.add(state.label());
            }
        }
        return List.of(new StateMachineDiagram("CNExpress request", RequestBook.KIND, RequestState.CREATED.label(),
                transitions, finals));
    }
}
