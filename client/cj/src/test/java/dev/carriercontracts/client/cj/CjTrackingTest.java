package dev.carriercontracts.client.cj;

import dev.carriercontracts.client.cj.api.CjLogisticsApi;
import dev.carriercontracts.client.cj.model.TrackInfo;
import dev.carriercontracts.client.cj.model.TrackInfoResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tracking by number, batch queries repeating {@code trackNumber}, and the deprecated getTrackInfo. */
class CjTrackingTest extends LocalCjPeer {

    private static final String ONE_PARCEL = """
            {"code": 200, "result": true, "message": "Success",
             "data": [{"trackingNumber": "CJPKL7160102171YQ", "logisticName": "CJPacket Sensitive",
                       "trackingFrom": "CN", "trackingTo": "US", "deliveryDay": "13",
                       "deliveryTime": "2021-06-17 07:04:04", "trackingStatus": "In transit",
                       "lastMileCarrier": "CJPacket", "lastTrackNumber": "926112903032124"}],
             "requestId": "3426e927-8c50-4687-9ced-623e77d55bd0"}""";

    private static final String TWO_PARCELS = """
            {"code": 200, "result": true, "message": "Success",
             "data": [{"trackingNumber": "CJPKL7160102171YQ", "trackingStatus": "In transit"},
                      {"trackingNumber": "CJPKL7160102172YQ", "trackingStatus": "Delivered"}],
             "requestId": "3426e927-8c50-4687-9ced-623e77d55bd1"}""";

    @Test
    void track_info_gets_one_number_with_the_token_and_decodes_the_parcel() throws Exception {
        answer(ONE_PARCEL);

        TrackInfoResponse answer = api.trackInfo(List.of("CJPKL7160102171YQ"));

        RecordedRequest request = sent();
        assertCall(request, "GET", "/logistic/trackInfo");
        assertThat(request.getPath()).isEqualTo(BASE_PATH + "/logistic/trackInfo?trackNumber=CJPKL7160102171YQ");
        assertThat(request.getBodySize()).isZero();
        assertThat(request.getHeader("Content-Type")).isNull();
        assertSeedParcel(answer);
    }

    @Test
    void track_info_repeats_the_track_number_parameter_for_a_batch() throws Exception {
        answer(TWO_PARCELS);

        TrackInfoResponse answer = api.trackInfo(List.of("CJPKL7160102171YQ", "CJPKL7160102172YQ"));

        RecordedRequest request = sent();
        assertCall(request, "GET", "/logistic/trackInfo");
        assertThat(request.getRequestUrl().encodedQuery())
                .isEqualTo("trackNumber=CJPKL7160102171YQ&trackNumber=CJPKL7160102172YQ");
        assertThat(answer.getData()).extracting(TrackInfo::getTrackingStatus).containsExactly("In transit", "Delivered");
    }

    @Test
    void deprecated_get_track_info_repeats_the_track_number_parameter_too() throws Exception {
        answer(ONE_PARCEL);
        answer(TWO_PARCELS);

        @SuppressWarnings("deprecation")
        TrackInfoResponse one = api.getTrackInfo(List.of("CJPKL7160102171YQ"));
        @SuppressWarnings("deprecation")
        TrackInfoResponse two = api.getTrackInfo(List.of("CJPKL7160102171YQ", "CJPKL7160102172YQ"));

        RecordedRequest first = sent();
        assertCall(first, "GET", "/logistic/getTrackInfo");
        assertThat(first.getRequestUrl().encodedQuery()).isEqualTo("trackNumber=CJPKL7160102171YQ");
        RecordedRequest second = sent();
        assertCall(second, "GET", "/logistic/getTrackInfo");
        assertThat(second.getRequestUrl().encodedQuery())
                .isEqualTo("trackNumber=CJPKL7160102171YQ&trackNumber=CJPKL7160102172YQ");
        assertSeedParcel(one);
        assertThat(two.getData()).extracting(TrackInfo::getTrackingNumber)
                .containsExactly("CJPKL7160102171YQ", "CJPKL7160102172YQ");
    }

    @Test
    void the_query_map_variants_repeat_the_track_number_parameter_as_well() throws Exception {
        answer(TWO_PARCELS);
        answer(TWO_PARCELS);
        List<String> numbers = List.of("CJPKL7160102171YQ", "CJPKL7160102172YQ");

        api.trackInfo(new CjLogisticsApi.TrackInfoQueryParams().trackNumber(numbers));
        @SuppressWarnings("deprecation")
        TrackInfoResponse deprecated = api.getTrackInfo(new CjLogisticsApi.GetTrackInfoQueryParams().trackNumber(numbers));

        for (String path : List.of("/logistic/trackInfo", "/logistic/getTrackInfo")) {
            RecordedRequest request = sent();
            assertCall(request, "GET", path);
            assertThat(request.getRequestUrl().queryParameterValues("trackNumber")).containsExactlyElementsOf(numbers);
            assertThat(request.getRequestUrl().encodedQuery())
                    .isEqualTo("trackNumber=CJPKL7160102171YQ&trackNumber=CJPKL7160102172YQ");
        }
        assertThat(deprecated.getData()).hasSize(2);
    }

    @Test
    void track_numbers_with_reserved_characters_are_percent_encoded_not_split() throws Exception {
        answer(TWO_PARCELS);
        answer(TWO_PARCELS);
        List<String> numbers = List.of("LX 123&456", "RR+789/CN");

        api.trackInfo(numbers);
        @SuppressWarnings("deprecation")
        TrackInfoResponse ignored = api.getTrackInfo(numbers);

        for (int i = 0; i < 2; i++) {
            assertThat(sent().getRequestUrl().queryParameterValues("trackNumber")).containsExactlyElementsOf(numbers);
        }
    }

    @Test
    void unknown_tracking_numbers_give_an_empty_list() throws Exception {
        answer("{\"code\": 200, \"result\": true, \"message\": \"Success\", \"data\": [], \"requestId\": \"r-5\"}");

        assertThat(api.trackInfo(List.of("NOT-A-CJ-NUMBER")).getData()).isEmpty();
        assertThat(sent().getRequestUrl().queryParameterValues("trackNumber")).containsExactly("NOT-A-CJ-NUMBER");
    }

    private static void assertSeedParcel(TrackInfoResponse answer) {
        assertThat(answer.getCode()).isEqualTo(200);
        assertThat(answer.getRequestId()).isEqualTo("3426e927-8c50-4687-9ced-623e77d55bd0");
        assertThat(answer.getData()).singleElement().satisfies(parcel -> {
            assertThat(parcel.getTrackingNumber()).isEqualTo("CJPKL7160102171YQ");
            assertThat(parcel.getLogisticName()).isEqualTo("CJPacket Sensitive");
            assertThat(parcel.getTrackingFrom()).isEqualTo("CN");
            assertThat(parcel.getTrackingTo()).isEqualTo("US");
            assertThat(parcel.getDeliveryDay()).isEqualTo("13");
            assertThat(parcel.getDeliveryTime()).isEqualTo("2021-06-17 07:04:04");
            assertThat(parcel.getTrackingStatus()).isEqualTo("In transit");
            assertThat(parcel.getLastMileCarrier()).isEqualTo("CJPacket");
            assertThat(parcel.getLastTrackNumber()).isEqualTo("926112903032124");
        });
    }
}
