package dev.carriercontracts.mock.trackingmore.tracking;

import dev.carriercontracts.mock.trackingmore.account.QuotaLedger;
import dev.carriercontracts.mock.trackingmore.config.TrackingMoreSettings;
import dev.carriercontracts.mock.trackingmore.errors.MetaCode;
import dev.carriercontracts.mock.trackingmore.lifecycle.Delays;
import dev.carriercontracts.mock.trackingmore.lifecycle.ManualStatus;
import dev.carriercontracts.mock.trackingmore.lifecycle.Reached;
import dev.carriercontracts.mock.trackingmore.lifecycle.Step;
import dev.carriercontracts.mock.trackingmore.lifecycle.TrackingState;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tracking use cases of one account at a time: TrackingMore's rules (known carrier codes, valid
 * numbers, one tracking per key, the quota, manual statuses) over the {@link TrackingStore}.
 */
public final class Trackings {

    private final TrackingStore store;
    private final QuotaLedger quota;
    private final TrackingMoreSettings settings;
    private final Delays delays;

    public Trackings(TrackingStore store, QuotaLedger quota, TrackingMoreSettings settings, Delays delays) {
        this.store = store;
        this.quota = quota;
        this.settings = settings;
        this.delays = delays;
    }

    /** What is left of the account's tracking quota. */
    public long quotaLeft(String credentialId) {
        return quota.remaining(credentialId);
    }

    public Outcome<Tracking> create(String credentialId, TrackingKey key, OrderDetails details, Instant now) {
        return checkNew(key).orElseGet(() -> stored(store.create(credentialId, key, () -> quota.consume(credentialId, 1),
                (sequence, id) -> Tracking.created(sequence, id, credentialId, key, details, now), now)));
    }

    public Outcome<Tracking> get(String credentialId, TrackingKey key) {
        return known(key.carrierCode(), () -> store.find(credentialId, key));
    }

    /** Changes the merchant's fields, the archive flag and the manual status; only what is given. */
    public Outcome<Tracking> update(String credentialId, TrackingKey key, OrderDetails changes, Boolean archived,
                                    Integer status, Instant now) {
        if (settings.courier(key.carrierCode()).isEmpty()) {
            return Outcome.refused(MetaCode.INVALID_CARRIER_CODE, "unknown carrier code '" + key.carrierCode() + "'");
        }
        Optional<ManualStatus> manual = status == null ? Optional.empty() : ManualStatus.byCode(status);
        if (status != null && manual.isEmpty()) {
            return Outcome.refused(MetaCode.INVALID_STATUS, "only 4, 7 or 8");
        }
        Optional<Tracking> current = store.find(credentialId, key);
        if (current.isEmpty()) {
            return Outcome.refused(MetaCode.TRACKING_NOT_FOUND);
        }
        if (manual.isPresent() && !markable(current.get(), manual.get(), now)) {
            return Outcome.refused(MetaCode.INVALID_STATUS, "a " + current.get().state(now, delays).wire()
                    + " tracking cannot be marked " + manual.get().target().orElseThrow().wire());
        }
        return found(store.update(credentialId, key, t -> {
            Tracking changed = t.withDetails(t.details().updatedWith(changes), archived != null ? archived : t.archived());
            return manual.map(m -> marked(changed, m, now)).orElse(changed);
        }));
    }

    public Outcome<Tracking> delete(String credentialId, TrackingKey key) {
        return known(key.carrierCode(), () -> store.remove(credentialId, key));
    }

    /** Queries the carrier now: a pending tracking gets its first carrier news at once; an unknown one is created first. */
    public Outcome<Tracking> realtime(String credentialId, TrackingKey key, OrderDetails details, Instant now) {
        Optional<Outcome<Tracking>> refused = checkNew(key);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Tracking> queried = store.update(credentialId, key, t -> queried(t, now));
        if (queried.isPresent()) {
            return Outcome.done(queried.get());
        }
        return stored(store.create(credentialId, key, () -> quota.consume(credentialId, 1),
                (sequence, id) -> queried(Tracking.created(sequence, id, credentialId, key, details, now), now), now));
    }

    public Outcome<Tracking> changeCarrierCode(String credentialId, TrackingKey key, String newCarrierCode) {
        for (String code : new String[]{key.carrierCode(), newCarrierCode}) {
            if (settings.courier(code).isEmpty()) {
                return Outcome.refused(MetaCode.INVALID_CARRIER_CODE, "unknown carrier code '" + code + "'");
            }
        }
        Move move = store.move(credentialId, key, new TrackingKey(newCarrierCode, key.trackingNumber()));
        if (move instanceof Move.Moved moved) {
            return Outcome.done(moved.tracking());
        }
        if (move instanceof Move.TargetExists) {
            return Outcome.refused(MetaCode.TRACKING_EXISTS, key.trackingNumber() + " is already tracked under " + newCarrierCode);
        }
        return Outcome.refused(MetaCode.TRACKING_NOT_FOUND);
    }

    /** TrackingMore stops refreshing it: it keeps what it shows now. */
    public Outcome<Tracking> stopUpdating(String credentialId, TrackingKey key, Instant now) {
        return known(key.carrierCode(), () -> store.update(credentialId, key,
                t -> t.withCourse(t.course().frozenAt(now, t.scenario(), delays))));
    }

    private Optional<Outcome<Tracking>> checkNew(TrackingKey key) {
        if (settings.courier(key.carrierCode()).isEmpty()) {
            return Optional.of(Outcome.refused(MetaCode.INVALID_CARRIER_CODE, "unknown carrier code '" + key.carrierCode() + "'"));
        }
        if (!TrackingNumbers.isValid(key.trackingNumber())) {
            return Optional.of(Outcome.refused(MetaCode.INVALID_TRACKING_NUMBER, "letters, digits and dashes only"));
        }
        return Optional.empty();
    }

    private Outcome<Tracking> known(String carrierCode, Supplier<Optional<Tracking>> action) {
        if (settings.courier(carrierCode).isEmpty()) {
            return Outcome.refused(MetaCode.INVALID_CARRIER_CODE, "unknown carrier code '" + carrierCode + "'");
        }
        return found(action.get());
    }

    private static Outcome<Tracking> found(Optional<Tracking> tracking) {
        return tracking.<Outcome<Tracking>>map(Outcome::done).orElseGet(() -> Outcome.refused(MetaCode.TRACKING_NOT_FOUND));
    }

    private static Outcome<Tracking> stored(Creation creation) {
        if (creation instanceof Creation.Created created) {
            return Outcome.done(created.tracking());
        }
        if (creation instanceof Creation.AlreadyExists) {
            return Outcome.refused(MetaCode.TRACKING_EXISTS);
        }
        return Outcome.refused(MetaCode.QUOTA_EXHAUSTED);
    }

    private boolean markable(Tracking t, ManualStatus manual, Instant now) {
        TrackingState state = t.state(now, delays);
        return manual == ManualStatus.RESTORE_AUTOMATIC || manual.target().orElseThrow() == state || manual.canMark(state);
    }

    private Tracking marked(Tracking t, ManualStatus manual, Instant now) {
        if (manual == ManualStatus.RESTORE_AUTOMATIC) {
            return t.withManual(null);
        }
        if (!markable(t, manual, now)) {
            return t; // changed by a concurrent call since it was checked
        }
        TrackingState target = manual.target().orElseThrow();
        return t.state(now, delays) == target ? t : t.withManual(new Reached(target, now));
    }

    private Tracking queried(Tracking t, Instant now) {
        if (t.manual() != null || !t.course().advancing() || t.state(now, delays) != TrackingState.PENDING) {
            return t;
        }
        Step first = Step.next(TrackingState.PENDING, t.scenario()).orElseThrow();
        return t.withCourse(t.course().movedTo(first.to(), now, t.scenario(), delays));
    }
}
