package dev.carriercontracts.mock.cnexpress.account;

import dev.carriercontracts.mock.carrier.CarrierCall;

/** {@code GET /account}: the caller's account, from its pre-written body (the benchmarked static call). */
public final class AccountHandler {

    private final AccountBook accounts;

    public AccountHandler(AccountBook accounts) {
        this.accounts = accounts;
    }

    public void show(CarrierCall call) {
        call.respondBytes(200, "application/json", accounts.of(call.credential()).json());
    }
}
