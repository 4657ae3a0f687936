package dev.carriercontracts.mock.cdek.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of an order's status history (spec {@code Status}). */
public record StatusBody(String code, String name, @JsonProperty("date_time") String dateTime,
                         @JsonProperty("reason_code") String reasonCode, String city) {
}
