package dev.carriercontracts.mock.clock;

import dev.carriercontracts.mock.MockServer;
import dev.carriercontracts.mock.support.SpecCheckedClient;
import dev.carriercontracts.mock.support.TestServers;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The clock every state derives from: system or virtual, set and advanced at run time. */
class MockClockTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void a_virtual_clock_stands_still_until_moved() {
        MockClock clock = MockClock.virtual(T0);

        assertThat(clock.instant()).isEqualTo(T0);
        assertThat(clock.advance(Duration.ofMinutes(5))).isEqualTo(T0.plusSeconds(300));
        clock.set(T0.plusSeconds(3600));
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(3600));
        assertThat(clock.mode()).isEqualTo(ClockMode.VIRTUAL);
    }

    @Test
    void a_system_clock_follows_real_time_plus_its_offset() {
        Clock real = Clock.fixed(T0, ZoneOffset.UTC);
        MockClock clock = MockClock.system(real);

        assertThat(clock.instant()).isEqualTo(T0);
        clock.advance(Duration.ofHours(2));
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(7200));
        assertThat(clock.read().offset()).isEqualTo(Duration.ofHours(2));

        clock.set(T0.minusSeconds(60));
        assertThat(clock.instant()).isEqualTo(T0.minusSeconds(60));
    }

    @Test
    void the_mode_switches_at_run_time() {
        MockClock clock = MockClock.system(Clock.fixed(T0, ZoneOffset.UTC));

        clock.freeze();
        assertThat(clock.read()).isEqualTo(new MockClock.Reading(ClockMode.VIRTUAL, T0, Duration.ZERO));

        clock.freezeAt(T0.plusSeconds(10));
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(10));

        clock.useSystemTime();
        assertThat(clock.mode()).isEqualTo(ClockMode.SYSTEM);
        assertThat(clock.instant()).isEqualTo(T0);
    }

    @Test
    void the_clock_never_moves_backward_by_advancing() {
        MockClock clock = MockClock.virtual(T0);

        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.instant()).isEqualTo(T0);
    }

    @Test
    void a_view_in_another_zone_shares_the_time() {
        MockClock clock = MockClock.virtual(T0);
        Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));

        clock.advance(Duration.ofMinutes(1));

        assertThat(paris.instant()).isEqualTo(T0.plusSeconds(60));
        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void advancing_the_clock_moves_stored_entities_through_their_states() {
        try (MockServer server = TestServers.started()) {
            SpecCheckedClient alice = TestServers.alice(server);
            String id = alice.post("/parcels").json("{\"reference\": \"R\", \"weight_grams\": 1}").send().json().path("id").asText();

            assertThat(alice.get("/parcels/" + id).send().json().path("state").asText()).isEqualTo("CREATED");
            server.clock().advance(Duration.ofMinutes(10));
            assertThat(alice.get("/parcels/" + id).send().json().path("state").asText()).isEqualTo("IN_TRANSIT");
            server.admin().advanceClock(Duration.ofMinutes(50));
            assertThat(alice.get("/parcels/" + id).send().json().path("state").asText()).isEqualTo("DELIVERED");
        }
    }
}
