package dev.carriercontracts.mock.trackingmore.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The {@code data} of the single-answer operations. */
public final class Results {

    private Results() {
    }

    /** The spec's {@code TrackingPage}; {@code total} is a string, as TrackingMore sends it. */
    public record Page(int page, int limit, String total, List<TrackingJson> items) {
    }

    public record Realtime(List<TrackingJson> items) {
    }

    public record CarrierCodeChanged(@JsonProperty("Usertag") @JsonInclude(JsonInclude.Include.ALWAYS) String userTag) {
    }

    public record UserInfo(String email, String regtime, String phone, double money,
                           @JsonProperty("track_number") long trackNumber) {
    }

    /** One count per status, every one always present. */
    public record StatusCounts(long pending, long notfound, long transit, long pickup, long delivered,
                               long undelivered, long exception, long expired) {
    }

    public record RemoteArea(String country, String postcode,
                             @JsonInclude(JsonInclude.Include.ALWAYS) String company, boolean remote) {
    }

    public record TransitTime(@JsonProperty("carrier_code") String carrierCode, String original, String destination,
                              long total, long delivered, double range1, double range3, double range4, double range5) {
    }

    public record AirWaybill(@JsonProperty("track_number") String trackNumber, String weight, String piece,
                             String origin, String destination, @JsonProperty("status_number") String statusNumber,
                             @JsonProperty("track_info") List<AirWaybillEvent> trackInfo) {
    }

    public record AirWaybillEvent(@JsonProperty("plan_date") String planDate, @JsonProperty("actual_date") String actualDate,
                                  String event, String station, @JsonProperty("flight_number") String flightNumber) {
    }
}
