package dev.carriercontracts.contract.readme;

import dev.carriercontracts.client.trackingmore.TrackingMoreClient;
import dev.carriercontracts.client.trackingmore.api.TrackingMoreApi;
import dev.carriercontracts.client.trackingmore.model.Checkpoint;
import dev.carriercontracts.client.trackingmore.model.NewTracking;
import dev.carriercontracts.client.trackingmore.model.Tracking;
import dev.carriercontracts.client.trackingmore.model.TrackingStatus;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.junit5.CarrierMock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's TrackingMore example: a tracking registered, then read back as it moves to delivered. */
@CarrierMock(start = "2026-03-02T08:00:00Z")
class TrackingMoreReadmeExampleTest {

    @Test
    void the_example_registers_a_tracking_that_is_delivered_an_hour_later(MockServer server) {
        String baseUrl = server.baseUrl(Carrier.TRACKINGMORE);
        // README trackingmore
        TrackingMoreApi trackingmore = TrackingMoreClient.create(baseUrl, "YOUR_API_KEY");
        Tracking created = trackingmore.createTracking(new NewTracking()
                .carrierCode("singapore-post").trackingNumber("RP893531375SG")
                .orderId("A-1001").customerEmail("buyer@example.com")).getData();   // status PENDING
        // ... an hour later (the mock's default pace): DELIVERED, after TRANSIT and PICKUP
        Tracking tracking = trackingmore.getTracking("singapore-post", "RP893531375SG").getData();
        TrackingStatus status = tracking.getStatus();
        List<Checkpoint> checkpoints = tracking.getOriginInfo().getTrackinfo();   // newest first
        // README end
        assertThat(created.getStatus()).isEqualTo(TrackingStatus.PENDING);
        assertThat(status).isEqualTo(TrackingStatus.PENDING);
        assertThat(checkpoints).isEmpty();
        server.clock().advance(Duration.ofHours(1));
        tracking = trackingmore.getTracking("singapore-post", "RP893531375SG").getData();
        assertThat(tracking.getId()).isEqualTo(created.getId());
        assertThat(tracking.getStatus()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(tracking.getOriginInfo().getTrackinfo()).extracting(Checkpoint::getCheckpointStatus)
                .containsExactly(TrackingStatus.DELIVERED, TrackingStatus.PICKUP, TrackingStatus.TRANSIT);
    }
}
