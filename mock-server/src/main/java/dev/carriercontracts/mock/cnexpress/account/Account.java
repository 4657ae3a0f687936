package dev.carriercontracts.mock.cnexpress.account;

import dev.carriercontracts.mock.cnexpress.settings.AccountSettings;
import dev.carriercontracts.mock.cnexpress.wire.JsonOut;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One account's credit. Live accounts spend it on every order request (atomically: two requests can never
 * spend the same credit twice); test accounts never do. {@code GET /account} is the benchmarked static
 * call, so its body is written once per credit value and reused until the credit changes.
 */
public final class Account {

    private record Body(long credit, byte[] json) {
    }

    private static final byte[] CREDIT = JsonOut.key("credit");
    private static final byte[] CURRENCY = JsonOut.key("currency");
    private static final byte[] USERNAME = JsonOut.key("username");

    private final AccountSettings settings;
    private final AtomicLong credit;
    private volatile Body body;

    Account(AccountSettings settings) {
        this.settings = settings;
        this.credit = new AtomicLong(settings.credit());
        this.body = write(settings.credit());
    }

    public String username() {
        return settings.credential().id();
    }

    public boolean testMode() {
        return settings.testMode();
    }

    public String currency() {
        return settings.currency();
    }

    /** The credit left, in hundredths. */
    public long credit() {
        return credit.get();
    }

    /**
     * Spends {@code amount} hundredths if the credit covers it.
     *
     * @return false, spending nothing, when it does not
     */
    public boolean spend(long amount) {
        while (true) {
            long left = credit.get();
            if (left < amount) {
                return false;
            }
            if (credit.compareAndSet(left, left - amount)) {
                return true;
            }
        }
    }

    /** The answer of {@code GET /account}, as JSON bytes (shared: do not modify). */
    public byte[] json() {
        long now = credit.get();
        Body current = body;
        if (current.credit() != now) {
            current = write(now);
            body = current;
        }
        return current.json();
    }

    void restore() {
        credit.set(settings.credit());
    }

    private Body write(long value) {
        JsonOut out = new JsonOut(96);
        out.raw('{').raw(CREDIT).money(value)
                .raw(',').raw(CURRENCY).string(settings.currency())
                .raw(',').raw(USERNAME).string(username())
                .raw('}');
        return new Body(value, out.toBytes());
    }
}
