package dev.carriercontracts.mock.cnexpress.request;

import dev.carriercontracts.mock.auth.Credential;
import dev.carriercontracts.mock.cnexpress.catalogue.Route;

/**
 * An order request as the store keeps it: compact, because a million packages must fit in a small heap.
 * Shared objects (the account's credential, the route) are references; the packages are one byte array
 * ({@link PackageBlob}); the request number, tracking numbers, costs and state are derived, not stored.
 *
 * @param sequence      the request's number in the server's sequence, the last 9 digits of its request_no
 * @param createdMicros when it was created, in µs since the epoch (the API writes microseconds)
 * @param orderNo       the order_no given, as UTF-8, or null
 * @param packages      every package, encoded by {@link PackageBlob}
 * @param trackingBase  the serial of its first TEST tracking number (test accounts; 0 for live ones)
 * @param totalCost     the sum of its packages' costs, in hundredths of GBP
 * @param failure       how it ends: 0 Succeeded; {@link #ORDER_FAILURE} Failed for its order_no; n > 0 Failed
 *                      for package n (1-based)
 * @param forced        a state forced through the admin API, or null
 */
public record StoredRequest(long sequence, Credential owner, long createdMicros, boolean testMode, Route route,
                            byte[] orderNo, byte[] packages, int packageCount, long trackingBase, long totalCost,
                            int failure, Forced forced) {

    public static final int ORDER_FAILURE = -1;

    /** The final state it reaches when nothing is forced. */
    public RequestState outcome() {
        return failure == 0 ? RequestState.SUCCEEDED : RequestState.FAILED;
    }

    public StoredRequest withForced(Forced newForced) {
        return new StoredRequest(sequence, owner, createdMicros, testMode, route, orderNo, packages, packageCount,
                trackingBase, totalCost, failure, newForced);
    }
}
