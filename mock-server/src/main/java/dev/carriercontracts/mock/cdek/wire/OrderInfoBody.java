package dev.carriercontracts.mock.cdek.wire;

import java.util.List;

/** The answer to {@code getOrder} (spec {@code OrderInfo}): the mock always sends {@code requests}. */
public record OrderInfoBody(OrderEntityBody entity, List<RequestBody> requests) {
}
