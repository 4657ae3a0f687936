package dev.carriercontracts.client.trackingmore;

import dev.carriercontracts.client.trackingmore.model.ArchivedFlag;
import dev.carriercontracts.client.trackingmore.model.CarrierCodeChange;
import dev.carriercontracts.client.trackingmore.model.CarrierCodeChangeResponse;
import dev.carriercontracts.client.trackingmore.model.Checkpoint;
import dev.carriercontracts.client.trackingmore.model.DeleteTrackingResponse;
import dev.carriercontracts.client.trackingmore.model.ManualTrackingStatus;
import dev.carriercontracts.client.trackingmore.model.NewTracking;
import dev.carriercontracts.client.trackingmore.model.RealtimeQuery;
import dev.carriercontracts.client.trackingmore.model.Tracking;
import dev.carriercontracts.client.trackingmore.model.TrackingResponse;
import dev.carriercontracts.client.trackingmore.model.TrackingStatus;
import dev.carriercontracts.client.trackingmore.model.TrackingUpdate;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The calls on one tracking: create, read, update, delete, real-time query and carrier-code change. */
class SingleTrackingCallsTest extends LocalTrackingMore {

    @Test
    void create_tracking_posts_the_seed_fields_with_the_api_key_and_leaves_absent_ones_out() throws Exception {
        answerWithExample(201, "/trackings/post", "post", "created");

        TrackingResponse created = api.createTracking(new NewTracking()
                .trackingNumber("RP893531375SG").carrierCode("singapore-post")
                .logisticsChannel("4PX挂号小包").customerPhone("+110110").destinationCode("cn")
                .title("title 1").customerEmail("buyer1@example.com").orderId("213456")
                .comment("备注").orderCreateTime("2017/8/27 16:51").lang("en"));

        RecordedRequest request = sent();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v2/trackings/post");
        assertThat(request.getHeader("Trackingmore-Api-Key")).isEqualTo(API_KEY);
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(request.getHeader("Accept")).contains("application/json");
        assertThat(request.getBody().readUtf8()).isEqualTo("{\"tracking_number\":\"RP893531375SG\","
                + "\"carrier_code\":\"singapore-post\",\"destination_code\":\"cn\",\"title\":\"title 1\","
                + "\"logistics_channel\":\"4PX挂号小包\",\"customer_email\":\"buyer1@example.com\","
                + "\"customer_phone\":\"+110110\",\"order_id\":\"213456\","
                + "\"order_create_time\":\"2017/8/27 16:51\",\"lang\":\"en\",\"comment\":\"备注\"}");

        assertThat(created.getMeta().getCode()).isEqualTo(201);
        assertThat(created.getMeta().getType()).isEqualTo("Created");
        Tracking tracking = created.getData();
        assertThat(tracking.getId()).isEqualTo("ec6150c0b7557eb3131578640e04f798");
        assertThat(tracking.getStatus()).isEqualTo(TrackingStatus.PENDING);
        assertThat(tracking.getCreatedAt()).isEqualTo(OffsetDateTime.of(2018, 4, 18, 7, 26, 14, 0, ZoneOffset.UTC));
        assertThat(tracking.getCustomerName()).isNull();
        assertThat(tracking.getLogisticsChannel()).isEqualTo("4PX挂号小包");
        assertThat(tracking.getComment()).isEqualTo("备注");
    }

    @Test
    void get_tracking_addresses_carrier_code_and_number_in_the_path_and_decodes_the_checkpoints() throws Exception {
        answerWithExample(200, "/trackings/{carrier_code}/{tracking_number}", "get", "inTransit");

        Tracking tracking = api.getTracking("singapore-post", "RP893531375SG").getData();

        RecordedRequest request = sent();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/v2/trackings/singapore-post/RP893531375SG");
        assertThat(request.getHeader("Trackingmore-Api-Key")).isEqualTo(API_KEY);
        assertThat(request.getBodySize()).isZero();

        assertThat(tracking.getStatus()).isEqualTo(TrackingStatus.TRANSIT);
        assertThat(tracking.getSubstatus()).isEqualTo("transit001");
        assertThat(tracking.getUpdatedAt()).isEqualTo(OffsetDateTime.of(2018, 4, 20, 9, 12, 40, 0, ZoneOffset.UTC));
        assertThat(tracking.getArchived()).isFalse();
        assertThat(tracking.getItemTimeLength()).isEqualTo(2);
        assertThat(tracking.getOriginalCountry()).isEqualTo("Singapore");
        assertThat(tracking.getOriginInfo().getItemReceived()).isEqualTo("2018-04-18 10:02:00");
        assertThat(tracking.getOriginInfo().getDepartfromAirport()).isNull();
        assertThat(tracking.getOriginInfo().getWeblink()).isEqualTo("https://www.singpost.com");
        assertThat(tracking.getOriginInfo().getTrackinfo()).hasSize(2);
        Checkpoint first = tracking.getOriginInfo().getTrackinfo().get(0);
        assertThat(first.getDate()).isEqualTo("2018-04-19 18:40:00");
        assertThat(first.getStatusDescription()).isEqualTo("Despatched to overseas");
        assertThat(first.getDetails()).isEqualTo("SINGAPORE");
        assertThat(first.getCheckpointStatus()).isEqualTo(TrackingStatus.TRANSIT);
        assertThat(tracking.getOriginInfo().getTrackinfo().get(1).getItemNode()).isEqualTo("ItemReceived");
        assertThat(tracking.getDestinationInfo()).isNull();
        assertThat(tracking.getLastEvent()).isEqualTo("Despatched to overseas,SINGAPORE,2018-04-19 18:40:00");
    }

    @Test
    void update_tracking_puts_only_the_changed_fields_with_archived_as_text_and_status_as_a_number() throws Exception {
        answerWithExample(200, "/trackings/{carrier_code}/{tracking_number}", "put", "updated");

        TrackingResponse updated = api.updateTracking("singapore-post", "RP893531375SG", new TrackingUpdate()
                .title("iphone6").orderId("#123").customerName("chase")
                .archived(ArchivedFlag.ARCHIVED).status(ManualTrackingStatus.DELIVERED));

        RecordedRequest request = sent();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getPath()).isEqualTo("/v2/trackings/singapore-post/RP893531375SG");
        assertThat(request.getHeader("Trackingmore-Api-Key")).isEqualTo(API_KEY);
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(request.getBody().readUtf8()).isEqualTo(
                "{\"title\":\"iphone6\",\"customer_name\":\"chase\",\"order_id\":\"#123\",\"archived\":\"true\",\"status\":4}");
        assertThat(updated.getData().getTitle()).isEqualTo("iphone6");
        assertThat(updated.getData().getOrderId()).isEqualTo("#123");
        assertThat(updated.getData().getArchived()).isTrue();
    }

    @Test
    void a_status_override_back_to_automatic_is_sent_as_8() throws Exception {
        answerWithExample(200, "/trackings/{carrier_code}/{tracking_number}", "put", "updated");

        api.updateTracking("singapore-post", "RP893531375SG", new TrackingUpdate().status(ManualTrackingStatus.RESTORE_AUTOMATIC));

        assertThat(sent().getBody().readUtf8()).isEqualTo("{\"status\":8}");
    }

    @Test
    void delete_tracking_sends_delete_on_the_tracking_path_and_decodes_the_empty_data() throws Exception {
        answerWithExample(200, "/trackings/{carrier_code}/{tracking_number}", "delete", "deleted");

        DeleteTrackingResponse deleted = api.deleteTracking("singapore-post", "RP893531375SG");

        RecordedRequest request = sent();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getPath()).isEqualTo("/v2/trackings/singapore-post/RP893531375SG");
        assertThat(request.getHeader("Trackingmore-Api-Key")).isEqualTo(API_KEY);
        assertThat(deleted.getMeta().getCode()).isEqualTo(200);
        assertThat(deleted.getData()).isEmpty();
    }

    @Test
    void path_parameters_are_percent_encoded() throws Exception {
        answerWithExample(200, "/trackings/{carrier_code}/{tracking_number}", "get", "inTransit");

        api.getTracking("china-ems", "LK 894734223CN");

        assertThat(sent().getPath()).isEqualTo("/v2/trackings/china-ems/LK%20894734223CN");
    }

    @Test
    void realtime_query_posts_the_shipment_and_decodes_the_fresh_result() throws Exception {
        answerWithExample(200, "/trackings/realtime", "post", "delivered");

        var result = api.getRealtimeTracking(new RealtimeQuery()
                .trackingNumber("LB181539674SG").carrierCode("cainiao").destinationCode("US").lang("en")
                .order("#123123"));

        RecordedRequest request = sent();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v2/trackings/realtime");
        assertThat(request.getHeader("Trackingmore-Api-Key")).isEqualTo(API_KEY);
        assertThat(request.getBody().readUtf8()).isEqualTo("{\"tracking_number\":\"LB181539674SG\","
                + "\"carrier_code\":\"cainiao\",\"destination_code\":\"US\",\"order\":\"#123123\",\"lang\":\"en\"}");
        Tracking tracking = result.getData().getItems().get(0);
        assertThat(result.getData().getItems()).hasSize(1);
        assertThat(tracking.getStatus()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(tracking.getTrackUpdate()).isFalse();
        assertThat(tracking.getDestinationCountry()).isEqualTo("United States");
        assertThat(tracking.getStayTimeLength()).isEqualTo(292);
        assertThat(tracking.getLastMileTrackingSupported()).isNull();
        assertThat(tracking.getOriginInfo().getArrivalfromAbroad()).isEqualTo("2020-10-28 04:45:00");
        assertThat(tracking.getOriginInfo().getTrackinfo()).extracting(Checkpoint::getCheckpointStatus)
                .containsExactly(TrackingStatus.DELIVERED, TrackingStatus.PICKUP, TrackingStatus.TRANSIT);
        assertThat(tracking.getOriginInfo().getTrackinfo().get(2).getDetails()).isEmpty();
    }

    @Test
    void carrier_code_change_posts_old_and_new_code_and_decodes_the_user_tag() throws Exception {
        answerWithExample(200, "/trackings/update", "post", "changed");

        CarrierCodeChangeResponse changed = api.updateCarrierCode(new CarrierCodeChange()
                .trackingNumber("LK664578623CN").carrierCode("china-ems").updateCarrierCode("usps"));

        RecordedRequest request = sent();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v2/trackings/update");
        assertThat(request.getHeader("Trackingmore-Api-Key")).isEqualTo(API_KEY);
        assertThat(request.getBody().readUtf8()).isEqualTo(
                "{\"tracking_number\":\"LK664578623CN\",\"carrier_code\":\"china-ems\",\"update_carrier_code\":\"usps\"}");
        assertThat(changed.getMeta().getCode()).isEqualTo(200);
        assertThat(changed.getData().getUsertag()).isEmpty();
    }

    @Test
    void unknown_statuses_from_trackingmore_do_not_break_decoding() {
        answer(200, """
                {"meta": {"code": 200, "type": "Success", "message": "Success"},
                 "data": {"id": "ec6150c0b7557eb3131578640e04f798", "tracking_number": "RP893531375SG",
                          "carrier_code": "singapore-post", "status": "customs_hold", "substatus": "customs002",
                          "a_field_added_later": {"x": 1},
                          "origin_info": {"trackinfo": [{"Date": "2018-04-19 18:40:00", "StatusDescription": "Held",
                                                         "checkpoint_status": "customs_hold"}]}}}""");

        Tracking tracking = api.getTracking("singapore-post", "RP893531375SG").getData();

        assertThat(tracking.getStatus()).isEqualTo(TrackingStatus.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(tracking.getOriginInfo().getTrackinfo().get(0).getCheckpointStatus())
                .isEqualTo(TrackingStatus.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(tracking.getSubstatus()).isEqualTo("customs002");
    }
}
