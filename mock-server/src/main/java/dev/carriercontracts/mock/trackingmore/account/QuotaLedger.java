package dev.carriercontracts.mock.trackingmore.account;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * What each account has left of its tracking quota: created trackings take one each, an air waybill
 * twenty, every fifth remote-area check one (the spec's "Quota"). Starts from the account's
 * configured quota and goes back to it on reset.
 */
public final class QuotaLedger {

    /** Remote-area checks paid by one tracking of the quota. */
    static final int REMOTE_CHECKS_PER_TRACKING = 5;

    private final ToLongFunction<String> initialQuota;
    private final Map<String, Usage> accounts = new ConcurrentHashMap<>();

    /** @param initialQuota the quota an account starts with, by credential id */
    public QuotaLedger(ToLongFunction<String> initialQuota) {
        this.initialQuota = initialQuota;
    }

    public long remaining(String credentialId) {
        return usage(credentialId).remaining();
    }

    /** Takes {@code amount} from the account's quota if it has that much left; all or nothing. */
    public boolean consume(String credentialId, long amount) {
        return usage(credentialId).consume(amount);
    }

    /** Counts one remote-area check; false (and not counted) when it is the one to pay and the quota is empty. */
    public boolean chargeRemoteCheck(String credentialId) {
        return usage(credentialId).chargeRemoteCheck();
    }

    public void reset() {
        accounts.clear();
    }

    public void reset(String credentialId) {
        accounts.remove(credentialId);
    }

    private Usage usage(String credentialId) {
        return accounts.computeIfAbsent(credentialId, id -> new Usage(initialQuota.applyAsLong(id)));
    }

    private static final class Usage {
        private long remaining;
        private int remoteChecks;

        Usage(long remaining) {
            this.remaining = remaining;
        }

        synchronized long remaining() {
            return remaining;
        }

        synchronized boolean consume(long amount) {
            if (remaining < amount) {
                return false;
            }
            remaining -= amount;
            return true;
        }

        synchronized boolean chargeRemoteCheck() {
            boolean pays = (remoteChecks + 1) % REMOTE_CHECKS_PER_TRACKING == 0;
            if (pays && !consume(1)) {
                return false;
            }
            remoteChecks++;
            return true;
        }
    }
}
