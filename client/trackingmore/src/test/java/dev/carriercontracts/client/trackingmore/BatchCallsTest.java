package dev.carriercontracts.client.trackingmore;

import dev.carriercontracts.client.trackingmore.model.ApiResponse;
import dev.carriercontracts.client.trackingmore.model.BatchCreateResponse;
import dev.carriercontracts.client.trackingmore.model.BatchCreateResult;
import dev.carriercontracts.client.trackingmore.model.BatchDeleteResult;
import dev.carriercontracts.client.trackingmore.model.BatchItemError;
import dev.carriercontracts.client.trackingmore.model.BatchUpdateResult;
import dev.carriercontracts.client.trackingmore.model.ManualTrackingStatus;
import dev.carriercontracts.client.trackingmore.model.NewTracking;
import dev.carriercontracts.client.trackingmore.model.NotUpdateResult;
import dev.carriercontracts.client.trackingmore.model.Tracking;
import dev.carriercontracts.client.trackingmore.model.TrackingKey;
import dev.carriercontracts.client.trackingmore.model.TrackingStatus;
import dev.carriercontracts.client.trackingmore.model.TrackingUpdateItem;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The batch calls: create, update, delete and stop-updating several trackings. Their per-item
 * failures ({@code data.errors}) are a partial success, never an exception.
 */
class BatchCallsTest extends LocalTrackingMore {

    private static final List<NewTracking> SEED_BATCH = List.of(
            new NewTracking().trackingNumber("RP893531375SG").carrierCode("singapore-post")
                    .logisticsChannel("4PX挂号小包").customerPhone("+110110").destinationCode("cn").title("title 1")
                    .customerEmail("buyer1@example.com").orderId("213456").comment("备注")
                    .orderCreateTime("2017/8/27 16:51").lang("en"),
            new NewTracking().trackingNumber("LK894734223CN").carrierCode("china-ems")
                    .logisticsChannel("4PX挂号小包").customerPhone("+22222222").destinationCode("cn").title("title 1")
                    .customerEmail("buyer2@example.com").orderId("213456").comment("备注")
                    .orderCreateTime("2017/8/27 16:51").lang("en"));

    private static final List<TrackingKey> TWO_KEYS = List.of(
            new TrackingKey().trackingNumber("RP893531375SG").carrierCode("singapore-post"),
            new TrackingKey().trackingNumber("LK894734223CN").carrierCode("china-ems"));

    @Test
    void batch_create_posts_the_seed_request_as_a_json_array() throws Exception {
        answerWithExample(201, "/trackings/batch", "post", "bothCreated");

        BatchCreateResponse created = api.createTrackingsBatch(SEED_BATCH);

        RecordedRequest request = sent();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v2/trackings/batch");
        assertThat(request.getHeader("Trackingmore-Api-Key")).isEqualTo(API_KEY);
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        String body = request.getBody().readUtf8();
        assertThat(body).startsWith("[{\"tracking_number\":\"RP893531375SG\",\"carrier_code\":\"singapore-post\",")
                .contains("},{\"tracking_number\":\"LK894734223CN\",\"carrier_code\":\"china-ems\",")
                .contains("\"customer_phone\":\"+22222222\"", "\"logistics_channel\":\"4PX挂号小包\"")
                .endsWith("\"comment\":\"备注\"}]")
                .doesNotContain("null", "customer_name", "auto_correct");

        assertThat(created.getMeta().getCode()).isEqualTo(201);
        BatchCreateResult result = created.getData();
        assertThat(result.getSubmitted()).isEqualTo(2);
        assertThat(result.getAdded()).isEqualTo(2);
        assertThat(result.getTrackings()).extracting(Tracking::getTrackingNumber)
                .containsExactly("RP893531375SG", "LK894734223CN");
        assertThat(result.getTrackings()).extracting(Tracking::getStatus)
                .containsOnly(TrackingStatus.PENDING);
        assertThat(result.getErrors()).isNullOrEmpty();
    }

    @Test
    void batch_create_where_every_item_already_exists_is_a_result_with_4016_per_item_not_an_exception() {
        answerWithExample(200, "/trackings/batch", "post", "allExisting");

        BatchCreateResponse response = api.createTrackingsBatch(SEED_BATCH);

        assertThat(response.getMeta().getCode()).isEqualTo(200);
        assertThat(response.getData().getAdded()).isZero();
        assertThat(response.getData().getTrackings()).isEmpty();
        assertThat(response.getData().getErrors()).hasSize(2).allSatisfy(error -> {
            assertThat(error.getCode()).isEqualTo(4016);
            assertThat(error.getMessage()).isEqualTo("Tracking already exists.");
        });
        assertThat(response.getData().getErrors()).extracting(BatchItemError::getTrackingNumber, BatchItemError::getCarrierCode)
                .containsExactly(tuple("RP893531375SG", "singapore-post"),
                        tuple("LK894734223CN", "china-ems"));
    }

    @Test
    void batch_create_with_one_created_and_one_existing_keeps_both_in_the_result_and_the_201() {
        answer(201, """
                {"meta": {"code": 201, "type": "Created", "message": "The request was successful and a resource was created."},
                 "data": {"submitted": 2, "added": 1,
                          "trackings": [{"id": "bca8dab58bac35e0658f93c09e8092ac", "tracking_number": "LK894734223CN",
                                         "carrier_code": "china-ems", "status": "pending",
                                         "created_at": "2018-04-18T07:26:14+00:00"}],
                          "errors": [{"tracking_number": "RP893531375SG", "carrier_code": "singapore-post",
                                      "code": 4016, "message": "Tracking already exists."}]}}""");

        ApiResponse<BatchCreateResponse> response = api.createTrackingsBatchWithHttpInfo(SEED_BATCH);

        assertThat(response.getStatusCode()).isEqualTo(201);
        BatchCreateResult result = response.getData().getData();
        assertThat(result.getAdded()).isEqualTo(1);
        assertThat(result.getTrackings()).singleElement()
                .satisfies(t -> assertThat(t.getTrackingNumber()).isEqualTo("LK894734223CN"));
        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getTrackingNumber()).isEqualTo("RP893531375SG");
            assertThat(error.getCode()).isEqualTo(4016);
        });
    }

    @Test
    void batch_update_posts_each_tracking_with_its_changes_and_reports_unknown_ones_per_item() throws Exception {
        answerWithExample(200, "/trackings/updatemore", "post", "oneUnknown");

        BatchUpdateResult result = api.updateTrackingsBatch(List.of(
                new TrackingUpdateItem().trackingNumber("RP893531375SG").carrierCode("singapore-post")
                        .title("iphone6").orderId("8988787987"),
                new TrackingUpdateItem().trackingNumber("LK894734223CN").carrierCode("china-ems")
                        .title("iphone7").status(ManualTrackingStatus.EXCEPTION))).getData();

        RecordedRequest request = sent();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v2/trackings/updatemore");
        assertThat(request.getHeader("Trackingmore-Api-Key")).isEqualTo(API_KEY);
        assertThat(request.getBody().readUtf8()).isEqualTo("[{\"tracking_number\":\"RP893531375SG\","
                + "\"carrier_code\":\"singapore-post\",\"title\":\"iphone6\",\"order_id\":\"8988787987\"},"
                + "{\"tracking_number\":\"LK894734223CN\",\"carrier_code\":\"china-ems\",\"title\":\"iphone7\",\"status\":7}]");
        assertThat(result.getSubmitted()).isEqualTo(2);
        assertThat(result.getUpdated()).isEqualTo(1);
        assertThat(result.getTrackings()).extracting(TrackingKey::getTrackingNumber).containsExactly("RP893531375SG");
        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getCode()).isEqualTo(4017);
            assertThat(error.getMessage()).isEqualTo("Tracking does not exist.");
            assertThat(error.getCarrierCode()).isEqualTo("china-ems");
        });
    }

    @Test
    void batch_delete_posts_the_keys_and_decodes_the_count() throws Exception {
        answerWithExample(200, "/trackings/delete", "post", "bothDeleted");

        BatchDeleteResult result = api.deleteTrackingsBatch(TWO_KEYS).getData();

        RecordedRequest request = sent();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v2/trackings/delete");
        assertThat(request.getHeader("Trackingmore-Api-Key")).isEqualTo(API_KEY);
        assertThat(request.getBody().readUtf8()).isEqualTo(
                "[{\"tracking_number\":\"RP893531375SG\",\"carrier_code\":\"singapore-post\"},"
                        + "{\"tracking_number\":\"LK894734223CN\",\"carrier_code\":\"china-ems\"}]");
        assertThat(result.getSubmitted()).isEqualTo(2);
        assertThat(result.getDeleted()).isEqualTo(2);
        assertThat(result.getTrackings()).extracting(TrackingKey::getCarrierCode).containsExactly("singapore-post", "china-ems");
        assertThat(result.getErrors()).isEmpty();
    }

    @Test
    void stop_updating_posts_the_keys_and_decodes_the_change_count() throws Exception {
        answerWithExample(200, "/trackings/notupdate", "post", "bothStopped");

        NotUpdateResult result = api.markNotUpdated(TWO_KEYS).getData();

        RecordedRequest request = sent();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v2/trackings/notupdate");
        assertThat(request.getHeader("Trackingmore-Api-Key")).isEqualTo(API_KEY);
        assertThat(request.getBody().readUtf8()).isEqualTo(
                "[{\"tracking_number\":\"RP893531375SG\",\"carrier_code\":\"singapore-post\"},"
                        + "{\"tracking_number\":\"LK894734223CN\",\"carrier_code\":\"china-ems\"}]");
        assertThat(result.getSubmitted()).isEqualTo(2);
        assertThat(result.getChange()).isEqualTo(2);
        assertThat(result.getTrackings()).hasSize(2);
        assertThat(result.getErrors()).isEmpty();
    }

    @Test
    void batch_items_unknown_to_trackingmore_in_stop_updating_stay_in_the_result() {
        answer(200, """
                {"meta": {"code": 200, "type": "Success", "message": "Success"},
                 "data": {"submitted": 1, "change": 0, "trackings": [],
                          "errors": [{"tracking_number": "XX000000000CN", "carrier_code": "china-ems",
                                      "code": 4017, "message": "Tracking does not exist."}]}}""");

        NotUpdateResult result = api.markNotUpdated(List.of(
                new TrackingKey().trackingNumber("XX000000000CN").carrierCode("china-ems"))).getData();

        assertThat(result.getChange()).isZero();
        assertThat(result.getErrors()).extracting(BatchItemError::getCode).containsExactly(4017);
    }
}
