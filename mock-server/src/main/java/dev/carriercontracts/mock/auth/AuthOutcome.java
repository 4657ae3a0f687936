package dev.carriercontracts.mock.auth;

/** The result of authenticating a request. */
public sealed interface AuthOutcome {

    /** The request is from this account. */
    record Authenticated(Credential credential) implements AuthOutcome {
    }

    /** The request is refused; the reason goes into the carrier's unauthorized answer. */
    record Rejected(Reason reason, String detail) implements AuthOutcome {
    }

    /** The request needs no account (e.g. a token endpoint that checks credentials itself). */
    record Anonymous() implements AuthOutcome {
    }

    /** Why a request was refused, for carriers that answer each case differently. */
    enum Reason {
        /** No credentials at all. */
        MISSING,
        /** Credentials given but unknown or wrong. */
        INVALID,
        /** A token that was valid once but has expired. */
        EXPIRED
    }

    static AuthOutcome missing(String detail) {
        return new Rejected(Reason.MISSING, detail);
    }

    static AuthOutcome invalid(String detail) {
        return new Rejected(Reason.INVALID, detail);
    }
}
