package dev.carriercontracts.client.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    @Test
    void backoff_doubles_and_stops_at_the_maximum() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(500));
        assertThat(policy.backoffBefore(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoffBefore(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoffBefore(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.backoffBefore(4)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoffBefore(64)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void disabled_policy_makes_one_attempt() {
        assertThat(RetryPolicy.disabled().enabled()).isFalse();
        assertThat(RetryPolicy.defaults().enabled()).isTrue();
    }

    @Test
    void nonsense_policies_are_refused() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
