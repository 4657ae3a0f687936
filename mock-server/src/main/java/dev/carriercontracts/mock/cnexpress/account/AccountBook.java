package dev.carriercontracts.mock.cnexpress.account;

import dev.carriercontracts.mock.auth.Credential;
import dev.carriercontracts.mock.cnexpress.settings.AccountSettings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The accounts of this server, by credential id; a reset gives them their configured credit back. */
public final class AccountBook {

    private final Map<String, Account> byCredential = new HashMap<>();

    public AccountBook(List<AccountSettings> accounts) {
        accounts.forEach(a -> byCredential.put(a.credential().id(), new Account(a)));
    }

    /** The account of an authenticated credential (every configured credential has one). */
    public Account of(Credential credential) {
        Account account = byCredential.get(credential.id());
        if (account == null) {
            throw new IllegalStateException("no CNExpress account for " + credential);
        }
        return account;
    }

    public void restoreAll() {
        byCredential.values().forEach(Account::restore);
    }

    public void restore(String credentialId) {
        Account account = byCredential.get(credentialId);
        if (account != null) {
            account.restore();
        }
    }
}
