package dev.carriercontracts.mock.cnexpress.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.auth.Credential;
import dev.carriercontracts.mock.carrier.EntityView;
import dev.carriercontracts.mock.carrier.ForceResult;
import dev.carriercontracts.mock.cnexpress.account.Account;
import dev.carriercontracts.mock.cnexpress.account.AccountBook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The order requests as the API and the admin API use them: submit one (rules, credit, store), find one of
 * an account's, force a state, list them. Time comes in as an argument (µs since the epoch).
 */
public final class RequestBook {

    public static final String KIND = "request";

    /** What submitting an order request did. */
    public sealed interface Submission {
        record Created(StoredRequest request) implements Submission {
        }

        record Refused(FieldErrors errors) implements Submission {
        }

        /** A live account whose credit does not cover the request: nothing is created or spent. */
        record InsufficientCredit(String detail) implements Submission {
        }
    }

    /** A package of a stored request, by position. */
    public record PackageRef(StoredRequest request, int index) {
    }

    private static final String ORDER_FAILURE =
            "The shipping line could not issue tracking numbers for this request; please submit it again.";

    private final OrderIntake intake;
    private final AccountBook accounts;
    private final RequestStore store;
    private final RequestLifecycle lifecycle;

    public RequestBook(OrderIntake intake, AccountBook accounts, RequestStore store, RequestLifecycle lifecycle) {
        this.intake = intake;
        this.accounts = accounts;
        this.store = store;
        this.lifecycle = lifecycle;
    }

    public Submission submit(Credential owner, JsonNode body, long nowMicros) {
        OrderIntake.Outcome outcome = intake.read(body);
        if (outcome instanceof OrderIntake.Outcome.Refused refused) {
            return new Submission.Refused(refused.errors());
        }
        NewRequest order = ((OrderIntake.Outcome.Accepted) outcome).request();
        Account account = accounts.of(owner);
        if (!account.testMode() && !account.spend(order.totalCost())) {
            return new Submission.InsufficientCredit("Insufficient credit: this request costs " + amount(order.totalCost())
                    + " " + account.currency() + " but the account has " + amount(account.credit()) + " "
                    + account.currency() + " left.");
        }
        long sequence = store.nextSequence();
        long trackingBase = account.testMode() ? store.reserveTrackingSerials(order.packageCount()) : 0;
        StoredRequest request = new StoredRequest(sequence, owner, nowMicros, account.testMode(), order.route(),
                order.orderNo() == null ? null : order.orderNo().getBytes(StandardCharsets.UTF_8),
                order.packages(), order.packageCount(), trackingBase, order.totalCost(), order.failure(), null);
        store.add(request, nowMicros);
        return new Submission.Created(request);
    }

    /** The account's request with this number; another account's request is not found. */
    public Optional<StoredRequest> find(Credential owner, String requestNo) {
        StoredRequest r = byNumber(requestNo);
        return r != null && r.owner().id().equals(owner.id()) ? Optional.of(r) : Optional.empty();
    }

    /** The account's package, addressed by request and tracking number, once the request has Succeeded. */
    public Optional<PackageRef> findPackage(Credential owner, String requestNo, String trackingNo, long nowMicros) {
        return find(owner, requestNo)
                .filter(r -> state(r, nowMicros) == RequestState.SUCCEEDED)
                .map(r -> new PackageRef(r, RequestNumbers.packageIndex(r, trackingNo)))
                .filter(p -> p.index() >= 0);
    }

    /**
     * A live package the tracking system knows, whoever asks: tracking is public, like a carrier's tracking
     * page (the consumer pact reads a live account's package with the test account's credentials).
     */
    public Optional<PackageRef> findLivePackage(String trackingNo, long nowMicros) {
        RequestNumbers.LivePackage live = RequestNumbers.parseLive(trackingNo);
        if (live == null) {
            return Optional.empty();
        }
        StoredRequest r = store.get(live.sequence());
        if (r == null || r.testMode() || live.index() >= r.packageCount() || state(r, nowMicros) != RequestState.SUCCEEDED) {
            return Optional.empty();
        }
        return Optional.of(new PackageRef(r, live.index()));
    }

    public RequestState state(StoredRequest r, long nowMicros) {
        return lifecycle.state(r, nowMicros);
    }

    /** When the request reached its final state, in µs (meaningful once it has). */
    public long finishedAt(StoredRequest r) {
        return lifecycle.finishedAt(r);
    }

    /** Why a Failed request failed (its error_msg). */
    public String failureMessage(StoredRequest r) {
        if (r.failure() > 0) {
            PackageCursor cursor = new PackageCursor(r.packages());
            cursor.moveTo(r.failure() - 1);
            return "Package " + r.failure() + ": the shipping line refused the package (package_no "
                    + cursor.text(PackageBlob.PACKAGE_NO) + "); no tracking numbers were issued for this request.";
        }
        return ORDER_FAILURE;
    }

    /** Puts a request into a state now (admin API): only into a state its machine can still reach. */
    public ForceResult force(String requestNo, String stateLabel, long nowMicros) {
        StoredRequest r = byNumber(requestNo);
        if (r == null) {
            return new ForceResult.UnknownEntity();
        }
        Optional<RequestState> target = RequestState.byLabel(stateLabel);
        if (target.isEmpty()) {
            return new ForceResult.UnknownState(RequestState.labels());
        }
        RequestState current = lifecycle.state(r, nowMicros);
        if (!current.reachable().contains(target.get())) {
            return new ForceResult.Refused("a " + current.label() + " request cannot become " + target.get().label()
                    + (current.isFinal() ? " (" + current.label() + " is final)" : ""));
        }
        StoredRequest forced = r.withForced(new Forced(target.get(), nowMicros));
        if (!store.replace(r, forced)) {
            return new ForceResult.Refused("the request changed meanwhile; try again");
        }
        return new ForceResult.Forced(view(forced, nowMicros));
    }

    public List<EntityView> views(long nowMicros) {
        return store.all().stream().map(r -> view(r, nowMicros)).toList();
    }

    private EntityView view(StoredRequest r, long nowMicros) {
        return new EntityView(KIND, RequestNumbers.requestNoText(r.sequence(), r.createdMicros()), r.owner().id(),
                lifecycle.state(r, nowMicros).label(), lifecycle.timeline(r, nowMicros));
    }

    private StoredRequest byNumber(String requestNo) {
        long sequence = RequestNumbers.sequenceOf(requestNo);
        if (sequence < 0) {
            return null;
        }
        StoredRequest r = store.get(sequence);
        return r != null && RequestNumbers.matches(requestNo, sequence, r.createdMicros()) ? r : null;
    }

    static String amount(long hundredths) {
        long abs = Math.abs(hundredths);
        return (hundredths < 0 ? "-" : "") + abs / 100 + "." + (abs % 100 < 10 ? "0" : "") + abs % 100;
    }
}
