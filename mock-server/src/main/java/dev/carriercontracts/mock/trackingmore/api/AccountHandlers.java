package dev.carriercontracts.mock.trackingmore.api;

import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.trackingmore.account.AccountProfile;
import dev.carriercontracts.mock.trackingmore.tracking.Trackings;
import dev.carriercontracts.mock.trackingmore.wire.Results;

/** The account behind the API key, with what is left of its quota. */
public final class AccountHandlers {

    private final Trackings trackings;
    private final Answers answers;

    AccountHandlers(Trackings trackings, Answers answers) {
        this.trackings = trackings;
        this.answers = answers;
    }

    void userInfo(CarrierCall call) {
        AccountProfile profile = AccountProfile.of(call.credential());
        answers.success(call, new Results.UserInfo(profile.email(), profile.regtime(), profile.phone(), profile.money(),
                trackings.quotaLeft(call.credential().id())));
    }
}
