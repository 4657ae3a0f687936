package dev.carriercontracts.mock.cdek.wire;

import java.util.List;

/** CDEK's error answer (spec {@code ErrorResponse}): the refused request, INVALID, with its errors. */
public record ErrorBody(List<RequestBody> requests) {
}
