package dev.carriercontracts.mock.cj;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.auth.Authenticator;
import dev.carriercontracts.mock.carrier.CarrierContext;
import dev.carriercontracts.mock.carrier.CarrierModule;
import dev.carriercontracts.mock.carrier.EntityView;
import dev.carriercontracts.mock.carrier.ErrorFormat;
import dev.carriercontracts.mock.carrier.ForceResult;
import dev.carriercontracts.mock.carrier.RouteTable;
import dev.carriercontracts.mock.carrier.StateMachineDiagram;
import dev.carriercontracts.mock.cj.catalogue.Catalogue;
import dev.carriercontracts.mock.cj.catalogue.SupplierTemplateHandler;
import dev.carriercontracts.mock.cj.catalogue.SupplierTemplates;
import dev.carriercontracts.mock.cj.freight.FreightHandlers;
import dev.carriercontracts.mock.cj.freight.GoodsResolver;
import dev.carriercontracts.mock.cj.freight.RateTable;
import dev.carriercontracts.mock.cj.settings.CjSettings;
import dev.carriercontracts.mock.cj.tracking.ParcelDelays;
import dev.carriercontracts.mock.cj.tracking.ParcelStatus;
import dev.carriercontracts.mock.cj.tracking.Tracking;
import dev.carriercontracts.mock.cj.tracking.TrackingHandlers;
import dev.carriercontracts.mock.cj.tracking.TrackingNumbers;

import java.util.List;
import java.util.Set;

/**
 * CJ Dropshipping logistics (API 2.0): freight calculated from the configured rate table, supplier templates
 * from the catalogue, parcel tracking that follows the clock. Failures in CJ's envelope, mostly inside HTTP 200.
 */
public final class CjModule implements CarrierModule {

    private final CjErrors errors = new CjErrors();
    private final Authenticator authenticator;
    private final FreightHandlers freight;
    private final SupplierTemplateHandler supplierTemplates;
    private final TrackingHandlers trackingHandlers;
    private final Tracking tracking;

    public CjModule(CarrierContext context) {
        CjSettings settings = CjSettings.load(context);
        RateTable table = new RateTable(settings.freight());
        Catalogue catalogue = new Catalogue(settings.catalogue());
        CjAnswers answers = new CjAnswers(errors);
        this.authenticator = new CjTokenAuthenticator(context.credentials(), context.clock());
        this.freight = new FreightHandlers(table, new GoodsResolver(catalogue), answers);
        this.supplierTemplates = new SupplierTemplateHandler(new SupplierTemplates(settings.catalogue().supplierTemplates()), answers);
        this.tracking = new Tracking(new TrackingNumbers(table), ParcelDelays.from(context.settings()), context.clock(),
                context.maxStoredEntities());
        this.trackingHandlers = new TrackingHandlers(tracking);
    }

    @Override
    public Carrier carrier() {
        return Carrier.CJ;
    }

    @Override
    public void routes(RouteTable routes) {
        routes.post("/logistic/freightCalculate", "freightCalculate", freight::freightCalculate);
        routes.post("/logistic/freightCalculateTip", "freightCalculateTip", freight::freightCalculateTip);
        routes.post("/logistic/partnerFreightCalculate", "partnerFreightCalculate", freight::partnerFreightCalculate);
        routes.post("/logistic/getSupplierLogisticsTemplate", "getSupplierLogisticsTemplate", supplierTemplates::getSupplierLogisticsTemplate);
        routes.get("/logistic/getTrackInfo", "getTrackInfo", trackingHandlers::trackInfo);
        routes.get("/logistic/trackInfo", "trackInfo", trackingHandlers::trackInfo);
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
        tracking.reset();
    }

    @Override
    public void reset(String credentialId) {
        tracking.reset(credentialId);
    }

    @Override
    public Set<String> entityKinds() {
        return Set.of(Tracking.KIND);
    }

    @Override
    public ForceResult forceState(String kind, String id, String state) {
        return Tracking.KIND.equals(kind) ? tracking.force(id, state) : new ForceResult.UnknownKind(entityKinds());
    }

    @Override
    public List<EntityView> entities() {
        return tracking.entities();
    }

    @Override
    public List<StateMachineDiagram> stateMachines() {
        return List.of(ParcelStatus.diagram());
    }
}
