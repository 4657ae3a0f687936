package dev.carriercontracts.mock.cj.tracking;

import dev.carriercontracts.mock.carrier.EntityView;
import dev.carriercontracts.mock.carrier.ForceResult;
import dev.carriercontracts.mock.carrier.StateChange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Parcel tracking (trackInfo, getTrackInfo): a number is shipped, for the mock, the first time an account
 * tracks it; from then on its status follows the clock ({@link ParcelStatus}). Unknown numbers, and numbers
 * another account tracks, are left out of the answer.
 */
public final class Tracking {

    /** The entity kind of the admin API. */
    public static final String KIND = "parcel";

    /** CJ writes times without a zone; the mock writes them in China Standard Time, where CJ is. */
    private static final DateTimeFormatter CJ_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.ofHours(8));

    private final TrackingNumbers numbers;
    private final ParcelDelays delays;
    private final Clock clock;
    private final ParcelStore store;

    public Tracking(TrackingNumbers numbers, ParcelDelays delays, Clock clock, int maxParcels) {
        this.numbers = numbers;
        this.delays = delays;
        this.clock = clock;
        this.store = new ParcelStore(maxParcels, parcel -> parcel.status(clock.instant(), delays).isFinal());
    }

    /** The summaries of the numbers this account may see, once each, in the order asked. */
    public List<TrackInfo> track(String credentialId, List<String> trackNumbers, Instant now) {
        List<TrackInfo> infos = new ArrayList<>();
        for (String number : new LinkedHashSet<>(trackNumbers)) {
            if (TrackingNumbers.isUnknown(number)) {
                continue;
            }
            store.track(credentialId, number, sequence -> new Parcel(sequence, number, credentialId, now,
                            numbers.facts(number), List.of()))
                    .ifPresent(parcel -> infos.add(info(parcel, now)));
        }
        return infos;
    }

    /** Puts a parcel into a status now, if its moves can lead there from where it is. */
    public ForceResult force(String trackNumber, String stateName) {
        Optional<ParcelStatus> target = ParcelStatus.byStateName(stateName);
        if (store.find(trackNumber).isEmpty()) {
            return new ForceResult.UnknownEntity();
        }
        if (target.isEmpty()) {
            return new ForceResult.UnknownState(ParcelStatus.stateNames());
        }
        Instant now = clock.instant();
        // decided inside the store's atomic update, so that a concurrent force cannot slip in between
        AtomicReference<ForceResult> result = new AtomicReference<>(new ForceResult.UnknownEntity());
        store.update(trackNumber, parcel -> {
            ParcelStatus current = parcel.status(now, delays);
            if (!current.canReach(target.get())) {
                result.set(new ForceResult.Refused("a parcel " + current.stateName() + " cannot become "
                        + target.get().stateName() + (current.isFinal() ? " (it is final)" : "")));
                return parcel;
            }
            Parcel forced = parcel.withOverride(target.get(), now);
            result.set(new ForceResult.Forced(view(forced, now)));
            return forced;
        });
        return result.get();
    }

    public List<EntityView> entities() {
        Instant now = clock.instant();
        return store.all().stream().map(p -> view(p, now)).toList();
    }

    public void reset() {
        store.clear();
    }

    public void reset(String credentialId) {
        store.clear(credentialId);
    }

    private TrackInfo info(Parcel parcel, Instant now) {
        Parcel.Step current = parcel.current(now, delays);
        ParcelFacts facts = parcel.facts();
        // days on the way: until delivery or return for a finished parcel, until now otherwise
        Instant end = current.status().isFinal() ? current.at() : now;
        long days = Math.max(0, Duration.between(parcel.shippedAt(), end).toDays()); // 0 if the clock was set back
        return new TrackInfo(parcel.trackNumber(), facts.logisticName(), facts.from(), facts.to(), Long.toString(days),
                CJ_TIME.format(current.at()), current.status().text(), facts.lastMileCarrier(), facts.lastTrackNumber());
    }

    private EntityView view(Parcel parcel, Instant now) {
        List<StateChange> timeline = parcel.timeline(now, delays).stream().map(Parcel.Step::change).toList();
        return new EntityView(KIND, parcel.trackNumber(), parcel.credentialId(),
                timeline.get(timeline.size() - 1).state(), timeline);
    }
}
