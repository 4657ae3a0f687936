package dev.carriercontracts.client.trackingmore;

import dev.carriercontracts.client.trackingmore.api.TrackingMoreApi.GetStatusCountsQueryParams;
import dev.carriercontracts.client.trackingmore.api.TrackingMoreApi.ListTrackingsQueryParams;
import dev.carriercontracts.client.trackingmore.model.StatusCounts;
import dev.carriercontracts.client.trackingmore.model.Tracking;
import dev.carriercontracts.client.trackingmore.model.TrackingPage;
import dev.carriercontracts.client.trackingmore.model.TrackingStatus;
import dev.carriercontracts.client.trackingmore.model.UserInfo;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The read-only queries: the tracking list, the status counters and the account. */
class AccountAndListCallsTest extends LocalTrackingMore {

    @Test
    void list_trackings_sends_every_filter_as_a_query_parameter() throws Exception {
        answerWithExample(200, "/trackings/get", "get", "onePage");

        api.listTrackings(2, 25, TrackingStatus.NOT_FOUND, 1441314361L, 1446949161L, 1521314361L, 1541314361L,
                1521314362L, 1541314362L, "RP893531375SG,LK894734223CN", "213456,456789", "false", "en");

        RecordedRequest request = sent();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getHeader("Trackingmore-Api-Key")).isEqualTo(API_KEY);
        HttpUrl url = request.getRequestUrl();
        assertThat(url.encodedPath()).isEqualTo("/v2/trackings/get");
        assertThat(url.queryParameterNames()).containsExactly("page", "limit", "status", "created_at_min",
                "created_at_max", "update_time_min", "update_time_max", "order_created_time_min",
                "order_created_time_max", "numbers", "orders", "archived", "lang");
        assertThat(url.queryParameter("page")).isEqualTo("2");
        assertThat(url.queryParameter("limit")).isEqualTo("25");
        assertThat(url.queryParameter("status")).isEqualTo("notfound");
        assertThat(url.queryParameter("created_at_min")).isEqualTo("1441314361");
        assertThat(url.queryParameter("created_at_max")).isEqualTo("1446949161");
        assertThat(url.queryParameter("update_time_min")).isEqualTo("1521314361");
        assertThat(url.queryParameter("update_time_max")).isEqualTo("1541314361");
        assertThat(url.queryParameter("order_created_time_min")).isEqualTo("1521314362");
        assertThat(url.queryParameter("order_created_time_max")).isEqualTo("1541314362");
        assertThat(url.queryParameterValues("numbers")).containsExactly("RP893531375SG,LK894734223CN");
        assertThat(url.queryParameterValues("orders")).containsExactly("213456,456789");
        assertThat(url.queryParameter("archived")).isEqualTo("false");
        assertThat(url.queryParameter("lang")).isEqualTo("en");
    }

    @Test
    void list_trackings_without_filters_sends_no_query_at_all() throws Exception {
        answerWithExample(200, "/trackings/get", "get", "onePage");

        api.listTrackings(null, null, null, null, null, null, null, null, null, null, null, null, null);

        assertThat(sent().getPath()).isEqualTo("/v2/trackings/get");
    }

    @Test
    void list_trackings_with_a_query_map_sends_only_the_filters_given() throws Exception {
        answerWithExample(200, "/trackings/get", "get", "onePage");

        api.listTrackings(new ListTrackingsQueryParams().status(TrackingStatus.DELIVERED).limit(50));

        HttpUrl url = sent().getRequestUrl();
        assertThat(url.queryParameterNames()).containsExactlyInAnyOrder("status", "limit");
        assertThat(url.queryParameter("status")).isEqualTo("delivered");
        assertThat(url.queryParameter("limit")).isEqualTo("50");
    }

    @Test
    void list_trackings_decodes_the_page_with_its_string_total() {
        answerWithExample(200, "/trackings/get", "get", "onePage");

        TrackingPage page = api.listTrackings(null, null, null, null, null, null, null, null, null, null, null,
                null, null).getData();

        assertThat(page.getPage()).isEqualTo(1);
        assertThat(page.getLimit()).isEqualTo(25);
        assertThat(page.getTotal()).isEqualTo("1");
        Tracking tracking = page.getItems().get(0);
        assertThat(tracking.getStatus()).isEqualTo(TrackingStatus.PICKUP);
        assertThat(tracking.getOriginInfo().getPhone()).isEqualTo("1605");
        assertThat(tracking.getOriginInfo().getTrackinfo()).singleElement()
                .satisfies(c -> assertThat(c.getSubstatus()).isEqualTo("pickup001"));
        assertThat(tracking.getLastUpdateTime()).isEqualTo("2018-04-24 08:30:00");
    }

    @Test
    void status_counts_send_the_time_window_and_decode_one_count_per_status() throws Exception {
        answerWithExample(200, "/trackings/getstatusnumber", "get", "counts");

        StatusCounts counts = api.getStatusCounts(1441314361L, 1446949161L, 1441314362L, 1446949162L).getData();

        RecordedRequest request = sent();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getHeader("Trackingmore-Api-Key")).isEqualTo(API_KEY);
        HttpUrl url = request.getRequestUrl();
        assertThat(url.encodedPath()).isEqualTo("/v2/trackings/getstatusnumber");
        assertThat(url.queryParameter("created_at_min")).isEqualTo("1441314361");
        assertThat(url.queryParameter("created_at_max")).isEqualTo("1446949161");
        assertThat(url.queryParameter("order_created_time_min")).isEqualTo("1441314362");
        assertThat(url.queryParameter("order_created_time_max")).isEqualTo("1446949162");
        assertThat(counts.getPending()).isEqualTo(2);
        assertThat(counts.getNotfound()).isZero();
        assertThat(counts.getTransit()).isEqualTo(12);
        assertThat(counts.getPickup()).isEqualTo(3);
        assertThat(counts.getDelivered()).isEqualTo(40);
        assertThat(counts.getUndelivered()).isEqualTo(1);
        assertThat(counts.getException()).isEqualTo(1);
        assertThat(counts.getExpired()).isZero();
    }

    @Test
    void status_counts_without_a_window_send_no_query_and_a_query_map_sends_only_what_is_set() throws Exception {
        answerWithExample(200, "/trackings/getstatusnumber", "get", "counts");
        answerWithExample(200, "/trackings/getstatusnumber", "get", "counts");

        api.getStatusCounts(null, null, null, null);
        api.getStatusCounts(new GetStatusCountsQueryParams().createdAtMin(1441314361L));

        assertThat(sent().getPath()).isEqualTo("/v2/trackings/getstatusnumber");
        assertThat(sent().getPath()).isEqualTo("/v2/trackings/getstatusnumber?created_at_min=1441314361");
    }

    @Test
    void user_info_is_a_plain_get_and_decodes_balance_and_quota() throws Exception {
        answerWithExample(200, "/trackings/getuserinfo", "get", "account");

        UserInfo account = api.getUserInfo().getData();

        RecordedRequest request = sent();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/v2/trackings/getuserinfo");
        assertThat(request.getHeader("Trackingmore-Api-Key")).isEqualTo(API_KEY);
        assertThat(account.getEmail()).isEqualTo("merchant@example.com");
        assertThat(account.getRegtime()).isEqualTo("1469097290");
        assertThat(account.getPhone()).isEqualTo("+8612345678910");
        assertThat(account.getMoney()).isEqualTo(999.0);
        assertThat(account.getTrackNumber()).isEqualTo(9999L);
    }
}
