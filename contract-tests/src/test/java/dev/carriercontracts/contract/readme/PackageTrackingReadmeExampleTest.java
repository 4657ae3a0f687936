package dev.carriercontracts.contract.readme;

import dev.carriercontracts.client.packagetracking.PackageTrackingClient;
import dev.carriercontracts.client.packagetracking.api.PackageTrackingApi;
import dev.carriercontracts.client.packagetracking.model.Trace;
import dev.carriercontracts.client.packagetracking.model.TrackingData;
import dev.carriercontracts.client.packagetracking.model.TrackingQuery;
import dev.carriercontracts.client.packagetracking.model.TrackingStatus;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.junit5.CarrierMock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's package-tracking example: a shipment queried when collected, and again once delivered. */
@CarrierMock(start = "2026-03-02T08:00:00Z")
class PackageTrackingReadmeExampleTest {

    @Test
    void the_example_queries_a_shipment_that_is_delivered_three_seconds_later(MockServer server) {
        String baseUrl = server.baseUrl(Carrier.PACKAGE_TRACKING);
        // README package-tracking
        PackageTrackingApi tracking = PackageTrackingClient.create(baseUrl, "pt-test-api-key");
        TrackingQuery query = new TrackingQuery().expCode("shunfeng").expNo("SF1234567890");   // SF Express
        TrackingData shipment = tracking.queryTracking(query).getData();
        // the first query: COLLECTED (已揽收); three seconds later, at the mock's default pace: DELIVERED (已签收)
        TrackingStatus status = shipment.getStatus();
        for (Trace trace : shipment.getTraces()) {   // newest first
            System.out.println(trace.getTime() + "  " + trace.getDesc());   // e.g. 2026-03-02 16:00:00  【重庆营业点】顺丰速运 已收取快件
        }
        // README end
        assertThat(status).isEqualTo(TrackingStatus.COLLECTED);
        assertThat(status.getValue()).isEqualTo("已揽收");
        Trace collected = shipment.getTraces().get(0);
        assertThat(shipment.getTraces()).containsExactly(collected);
        assertThat(collected.getTime() + "  " + collected.getDesc()).isEqualTo("2026-03-02 16:00:00  【重庆营业点】顺丰速运 已收取快件");
        server.clock().advance(Duration.ofSeconds(3));
        shipment = tracking.queryTracking(query).getData();
        assertThat(shipment.getStatus()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(shipment.getStatus().getValue()).isEqualTo("已签收");
        assertThat(shipment.getTraces()).hasSize(7).extracting(Trace::getTime).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(shipment.getTraces().get(0).getDesc()).isEqualTo("已签收");
        assertThat(shipment.getTraces().get(6)).isEqualTo(collected);
    }
}
