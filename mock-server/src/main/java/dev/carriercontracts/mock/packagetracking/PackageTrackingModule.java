package dev.carriercontracts.mock.packagetracking;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.auth.ApiKeyAuthenticator;
import dev.carriercontracts.mock.auth.Authenticator;
import dev.carriercontracts.mock.auth.Credential;
import dev.carriercontracts.mock.auth.Credentials;
import dev.carriercontracts.mock.carrier.CarrierContext;
import dev.carriercontracts.mock.carrier.CarrierModule;
import dev.carriercontracts.mock.carrier.EntityView;
import dev.carriercontracts.mock.carrier.ErrorFormat;
import dev.carriercontracts.mock.carrier.ForceResult;
import dev.carriercontracts.mock.carrier.RouteTable;
import dev.carriercontracts.mock.carrier.StateMachineDiagram;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.config.ConfigProblem;
import dev.carriercontracts.mock.config.InvalidConfigException;
import dev.carriercontracts.mock.packagetracking.catalogue.Catalogue;
import dev.carriercontracts.mock.packagetracking.query.QueryTracking;
import dev.carriercontracts.mock.packagetracking.query.ShipmentTracking;
import dev.carriercontracts.mock.packagetracking.shipment.Delay;
import dev.carriercontracts.mock.packagetracking.shipment.Delays;
import dev.carriercontracts.mock.packagetracking.shipment.Forcing;
import dev.carriercontracts.mock.packagetracking.shipment.Shipment;
import dev.carriercontracts.mock.packagetracking.shipment.ShipmentKey;
import dev.carriercontracts.mock.packagetracking.shipment.ShipmentStateMachine;
import dev.carriercontracts.mock.packagetracking.shipment.ShipmentStatus;
import dev.carriercontracts.mock.packagetracking.shipment.ShipmentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The generic package-tracking query service (seed 003; spec {@code carrier-specs/package-tracking.yaml}): one
 * operation, {@code POST /query}, behind an {@code X-Api-Key}. A number is known from its first query on (per
 * account, carrier code and number), and its traces grow with the clock until the journey its number asks for
 * ends: delivered, held as a problem parcel, or returned to the sender.
 */
public final class PackageTrackingModule implements CarrierModule {

    private static final Logger LOG = LoggerFactory.getLogger(PackageTrackingModule.class);
    private static final String API_KEY_HEADER = "X-Api-Key";

    private final MockClock clock;
    private final Credentials credentials;
    private final Delays delays;
    private final Catalogue catalogue;
    private final ShipmentStore store;
    private final ShipmentTracking tracking;
    private final Authenticator authenticator;
    private final PackageTrackingErrors errors = new PackageTrackingErrors();

    public PackageTrackingModule(CarrierContext context) {
        String pointer = "/carriers/" + context.carrier().id();
        List<ConfigProblem> problems = new ArrayList<>();
        this.delays = Delays.from(context.settings().delays());
        this.catalogue = Catalogue.from(context.settings().section(), pointer, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException("(section carriers." + context.carrier().id() + ")", problems);
        }
        warnAboutUnknownDelays(context.settings().delays().keySet());
        this.clock = context.clock();
        this.credentials = context.credentials();
        this.store = new ShipmentStore(delays, context.maxStoredEntities());
        this.tracking = new ShipmentTracking(catalogue, store, delays);
        this.authenticator = new ApiKeyAuthenticator(API_KEY_HEADER, credentials);
    }

    @Override
    public Carrier carrier() {
        return Carrier.PACKAGE_TRACKING;
    }

    @Override
    public void routes(RouteTable routes) {
        routes.post("/query", "queryTracking", new QueryTracking(tracking, catalogue.timeZone()));
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
    }

    @Override
    public void reset(String credentialId) {
        store.clear(credentialId);
    }

    @Override
    public Set<String> entityKinds() {
        return Set.of(ShipmentStateMachine.KIND);
    }

    /** {@code id} is {@code expCode:expNo}, e.g. {@code shunfeng:SF1234567890}; {@code state} a state name or label. */
    @Override
    public ForceResult forceState(String kind, String id, String state) {
        if (!ShipmentStateMachine.KIND.equals(kind)) {
            return new ForceResult.UnknownKind(entityKinds());
        }
        List<ShipmentKey> tracked = trackedAs(id);
        if (tracked.isEmpty()) {
            return new ForceResult.UnknownEntity();
        }
        Optional<ShipmentStatus> target = ShipmentStatus.byName(state);
        if (target.isEmpty()) {
            return new ForceResult.UnknownState(ShipmentStatus.stateNames());
        }
        if (tracked.size() > 1) {
            return new ForceResult.Refused(id + " is tracked by several accounts ("
                    + String.join(", ", tracked.stream().map(ShipmentKey::credentialId).toList())
                    + "); reset all but one first (POST /__admin/reset?carrier=package-tracking&credential=...)");
        }
        Instant now = clock.instant();
        Optional<Forcing> forcing = store.force(tracked.get(0), target.get(), now);
        if (forcing.isEmpty()) {
            return new ForceResult.UnknownEntity();
        }
        if (forcing.get() instanceof Forcing.Refused refused) {
            return new ForceResult.Refused(refused.reason());
        }
        return new ForceResult.Forced(view(((Forcing.Forced) forcing.get()).shipment(), now));
    }

    @Override
    public List<EntityView> entities() {
        Instant now = clock.instant();
        return store.all().stream().map(shipment -> view(shipment, now)).toList();
    }

    @Override
    public List<StateMachineDiagram> stateMachines() {
        return List.of(ShipmentStateMachine.diagram());
    }

    /** The shipments with this admin id, one per account that queried the number (O(accounts)). */
    private List<ShipmentKey> trackedAs(String id) {
        int colon = id.indexOf(':');
        if (colon < 1) {
            return List.of();
        }
        String expCode = id.substring(0, colon);
        String expNo = id.substring(colon + 1);
        return credentials.all().stream().map(Credential::id)
                .map(credential -> new ShipmentKey(credential, expCode, expNo))
                .filter(key -> store.find(key).isPresent())
                .toList();
    }

    private EntityView view(Shipment shipment, Instant now) {
        return new EntityView(ShipmentStateMachine.KIND, shipment.key().adminId(), shipment.key().credentialId(),
                shipment.status(now, delays).stateName(), shipment.timeline(now, delays));
    }

    private static void warnAboutUnknownDelays(Set<String> configured) {
        List<String> known = Arrays.stream(Delay.values()).map(Delay::configKey).toList();
        List<String> unknown = configured.stream().filter(name -> !known.contains(name)).sorted().toList();
        if (!unknown.isEmpty()) {
            LOG.warn("package-tracking: ignoring unknown delays {}; the delays are {}", unknown, known);
        }
    }
}
