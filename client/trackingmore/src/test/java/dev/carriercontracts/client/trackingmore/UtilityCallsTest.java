package dev.carriercontracts.client.trackingmore;

import dev.carriercontracts.client.trackingmore.model.AirCargoQuery;
import dev.carriercontracts.client.trackingmore.model.AirWaybillEvent;
import dev.carriercontracts.client.trackingmore.model.AirWaybillResult;
import dev.carriercontracts.client.trackingmore.model.RemoteAreaQuery;
import dev.carriercontracts.client.trackingmore.model.RemoteAreaResult;
import dev.carriercontracts.client.trackingmore.model.TransitTimeQuery;
import dev.carriercontracts.client.trackingmore.model.TransitTimeResult;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The utilities: remote-area check, carrier transit times and air-cargo tracking. */
class UtilityCallsTest extends LocalTrackingMore {

    @Test
    void remote_area_check_posts_the_addresses_and_decodes_one_answer_per_address() throws Exception {
        answerWithExample(200, "/trackings/remote", "post", "results");

        List<RemoteAreaResult> results = api.checkRemoteArea(List.of(
                new RemoteAreaQuery().country("Japan").postcode("7621094"),
                new RemoteAreaQuery().country("NZ").postcode("Papaaroha").company("DHL"))).getData();

        RecordedRequest request = sent();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v2/trackings/remote");
        assertThat(request.getHeader("Trackingmore-Api-Key")).isEqualTo(API_KEY);
        assertThat(request.getBody().readUtf8()).isEqualTo("[{\"country\":\"Japan\",\"postcode\":\"7621094\"},"
                + "{\"country\":\"NZ\",\"postcode\":\"Papaaroha\",\"company\":\"DHL\"}]");
        assertThat(results).extracting(RemoteAreaResult::getPostcode, RemoteAreaResult::getRemote)
                .containsExactly(tuple("7621094", false),
                        tuple("Papaaroha", true));
        assertThat(results.get(0).getCompany()).isNull();
    }

    @Test
    void transit_time_query_posts_the_routes_and_decodes_the_delivery_shares() throws Exception {
        answerWithExample(200, "/trackings/costtime", "post", "dhl");

        List<TransitTimeResult> results = api.getTransitTime(List.of(
                new TransitTimeQuery().original("CN").destination("US").carrierCode("dhl"),
                new TransitTimeQuery().original("CN").destination("RU").carrierCode("dhl"))).getData();

        RecordedRequest request = sent();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v2/trackings/costtime");
        assertThat(request.getHeader("Trackingmore-Api-Key")).isEqualTo(API_KEY);
        assertThat(request.getBody().readUtf8()).isEqualTo(
                "[{\"carrier_code\":\"dhl\",\"original\":\"CN\",\"destination\":\"US\"},"
                        + "{\"carrier_code\":\"dhl\",\"original\":\"CN\",\"destination\":\"RU\"}]");
        assertThat(results).hasSize(2);
        TransitTimeResult us = results.get(0);
        assertThat(us.getDestination()).isEqualTo("US");
        assertThat(us.getTotal()).isEqualTo(1520L);
        assertThat(us.getDelivered()).isEqualTo(1488L);
        assertThat(us.getRange1()).isEqualTo(91.2);
        assertThat(us.getRange3()).isEqualTo(6.8);
        assertThat(us.getRange4()).isEqualTo(1.4);
        assertThat(us.getRange5()).isEqualTo(0.6);
    }

    @Test
    void air_cargo_query_posts_the_waybill_numbers_as_an_array_and_decodes_the_flight_events() throws Exception {
        answerWithExample(200, "/trackings/aircargo", "post", "landed");

        List<AirWaybillResult> results = api.getAirCargoTracking(new AirCargoQuery()
                .trackNumber(List.of("172-28891936", "172-28891936")).lang("en")).getData();

        RecordedRequest request = sent();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v2/trackings/aircargo");
        assertThat(request.getHeader("Trackingmore-Api-Key")).isEqualTo(API_KEY);
        assertThat(request.getBody().readUtf8())
                .isEqualTo("{\"track_number\":[\"172-28891936\",\"172-28891936\"],\"lang\":\"en\"}");
        AirWaybillResult waybill = results.get(0);
        assertThat(waybill.getTrackNumber()).isEqualTo("172-28891936");
        assertThat(waybill.getWeight()).isEqualTo("245");
        assertThat(waybill.getPiece()).isEqualTo("12");
        assertThat(waybill.getOrigin()).isEqualTo("HKG");
        assertThat(waybill.getDestination()).isEqualTo("LUX");
        assertThat(waybill.getStatusNumber()).isEqualTo("4");
        assertThat(waybill.getTrackInfo()).extracting(AirWaybillEvent::getEvent).containsExactly("Arrived", "Departed");
        assertThat(waybill.getTrackInfo().get(0).getFlightNumber()).isEqualTo("CV9734");
        assertThat(waybill.getTrackInfo().get(1).getActualDate()).isEqualTo("2019-06-02 00:20");
    }
}
