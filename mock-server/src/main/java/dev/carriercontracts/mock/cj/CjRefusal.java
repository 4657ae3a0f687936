package dev.carriercontracts.mock.cj;

/**
 * A business rule refused a call: CJ answers it on HTTP 200 with {@code result: false}, this code and message.
 * Domain code returns it (see {@link Outcome}) rather than throwing it.
 */
public record CjRefusal(CjCode code, String message) {

    public static CjRefusal of(CjCode code, String detail) {
        return new CjRefusal(code, code.message(detail));
    }
}
