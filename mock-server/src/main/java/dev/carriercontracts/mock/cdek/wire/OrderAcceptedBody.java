package dev.carriercontracts.mock.cdek.wire;

import java.util.List;

/** The answer to {@code createOrder} (spec {@code OrderAccepted}). */
public record OrderAcceptedBody(EntityRef entity, List<RequestBody> requests) {
}
