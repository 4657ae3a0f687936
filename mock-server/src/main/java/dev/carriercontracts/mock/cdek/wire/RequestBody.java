package dev.carriercontracts.mock.cdek.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.carriercontracts.mock.cdek.CdekError;

import java.util.List;

/** A request made on an entity, as CDEK reports it (spec {@code Request}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RequestBody(@JsonProperty("request_uuid") String requestUuid, String type,
                          @JsonProperty("date_time") String dateTime, String state, List<CdekError> errors) {

    /** A request refused before CDEK registered it: no uuid, state INVALID. */
    public static RequestBody refused(String type, String dateTime, List<CdekError> errors) {
        return new RequestBody(null, type, dateTime, "INVALID", errors);
    }
}
