package dev.carriercontracts.mock.trackingmore;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.auth.Authenticator;
import dev.carriercontracts.mock.auth.Credentials;
import dev.carriercontracts.mock.carrier.CarrierContext;
import dev.carriercontracts.mock.carrier.CarrierModule;
import dev.carriercontracts.mock.carrier.EntityView;
import dev.carriercontracts.mock.carrier.ErrorFormat;
import dev.carriercontracts.mock.carrier.ForceResult;
import dev.carriercontracts.mock.carrier.RouteTable;
import dev.carriercontracts.mock.carrier.StateChange;
import dev.carriercontracts.mock.carrier.StateMachineDiagram;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.trackingmore.account.AccountProfile;
import dev.carriercontracts.mock.trackingmore.account.QuotaLedger;
import dev.carriercontracts.mock.trackingmore.account.TrackingMoreAuthenticator;
import dev.carriercontracts.mock.trackingmore.api.TrackingMoreRoutes;
import dev.carriercontracts.mock.trackingmore.config.TrackingMoreSettings;
import dev.carriercontracts.mock.trackingmore.errors.TrackingMoreErrors;
import dev.carriercontracts.mock.trackingmore.lifecycle.Delays;
import dev.carriercontracts.mock.trackingmore.lifecycle.TrackingState;
import dev.carriercontracts.mock.trackingmore.lifecycle.TrackingStateMachine;
import dev.carriercontracts.mock.trackingmore.listing.TrackingListing;
import dev.carriercontracts.mock.trackingmore.tracking.Tracking;
import dev.carriercontracts.mock.trackingmore.tracking.TrackingStore;
import dev.carriercontracts.mock.trackingmore.tracking.Trackings;
import dev.carriercontracts.mock.trackingmore.wire.TrackingViews;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * TrackingMore API v2: trackings per API key, keyed by carrier code and tracking number, whose status
 * moves {@code pending → transit → pickup → delivered} with the clock (other endings on purpose, by
 * a magic tracking number prefix), with batch calls, listing, counts, quota and the utilities.
 */
public final class TrackingMoreModule implements CarrierModule {

    private final MockClock clock;
    private final Delays delays;
    private final TrackingStore store;
    private final QuotaLedger quota;
    private final TrackingMoreErrors errors = new TrackingMoreErrors();
    private final Authenticator authenticator;
    private final TrackingMoreRoutes routes;

    public TrackingMoreModule(CarrierContext context) {
        TrackingMoreSettings settings = TrackingMoreSettings.from(context);
        Credentials credentials = context.credentials();
        this.clock = context.clock();
        this.delays = new Delays(context.settings()::delay);
        this.store = new TrackingStore(context.maxStoredEntities(), delays);
        this.quota = new QuotaLedger(id -> credentials.byId(id).map(c -> AccountProfile.of(c).quota()).orElse(AccountProfile.DEFAULT_QUOTA));
        this.authenticator = new TrackingMoreAuthenticator(credentials);
        TrackingViews views = new TrackingViews(settings, delays);
        Trackings trackings = new Trackings(store, quota, settings, delays);
        this.routes = new TrackingMoreRoutes(trackings, new TrackingListing(store, delays), views, quota, settings, errors);
    }

    @Override
    public Carrier carrier() {
        return Carrier.TRACKINGMORE;
    }

    @Override
    public void routes(RouteTable table) {
        routes.declare(table);
    }

    @Override
    public ErrorFormat errorFormat() {
        return errors;
    }

    @Override
    public Authenticator authenticator() {
        return authenticator;
    }

    /** Every tracking, and every account's quota back to its configured value. */
    @Override
    public void reset() {
        store.clear();
        quota.reset();
    }

    @Override
    public void reset(String credentialId) {
        store.clear(credentialId);
        quota.reset(credentialId);
    }

    @Override
    public Set<String> entityKinds() {
        return Set.of(TrackingStateMachine.KIND);
    }

    /**
     * Puts a tracking (by its 32-character id) into a state now; the clock moves it on from there
     * as its scenario says. A final tracking stays as it is.
     */
    @Override
    public ForceResult forceState(String kind, String id, String state) {
        if (!TrackingStateMachine.KIND.equals(kind)) {
            return new ForceResult.UnknownKind(entityKinds());
        }
        Optional<Tracking> found = store.byId(id);
        if (found.isEmpty()) {
            return new ForceResult.UnknownEntity();
        }
        Optional<TrackingState> target = TrackingState.byWire(state);
        if (target.isEmpty()) {
            return new ForceResult.UnknownState(TrackingState.wireNames());
        }
        Instant now = clock.instant();
        TrackingState current = found.get().state(now, delays);
        if (current == target.get()) {
            return new ForceResult.Forced(view(found.get(), now));
        }
        if (current.isFinal()) {
            return new ForceResult.Refused("the tracking is " + current.wire() + ", a final status: it cannot become " + state);
        }
        Optional<Tracking> forced = store.updateById(id, t -> t.withManual(null)
                .withCourse(t.course().movedTo(target.get(), now, t.scenario(), delays)));
        return forced.<ForceResult>map(t -> new ForceResult.Forced(view(t, now))).orElseGet(ForceResult.UnknownEntity::new);
    }

    @Override
    public List<EntityView> entities() {
        Instant now = clock.instant();
        return store.all().stream().map(t -> view(t, now)).toList();
    }

    @Override
    public List<StateMachineDiagram> stateMachines() {
        return List.of(TrackingStateMachine.diagram());
    }

    private EntityView view(Tracking t, Instant now) {
        List<StateChange> timeline = t.timeline(now, delays).stream().map(r -> new StateChange(r.state().wire(), r.at())).toList();
        return new EntityView(TrackingStateMachine.KIND, t.id(), t.credentialId(), timeline.get(timeline.size() - 1).state(), timeline);
    }
}
