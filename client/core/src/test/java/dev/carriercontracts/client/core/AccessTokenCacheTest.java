package dev.carriercontracts.client.core;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTokenCacheTest {

    private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = START;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    private final ManualClock clock = new ManualClock();
    private final AtomicInteger fetches = new AtomicInteger();
    private final AccessTokenCache cache = new AccessTokenCache(
            () -> new AccessToken("token-" + fetches.incrementAndGet(), clock.instant().plusSeconds(3599)),
            clock, Duration.ofSeconds(60));

    @Test
    void one_token_is_fetched_and_reused_until_it_nears_expiry() {
        assertThat(cache.token()).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(3500));
        assertThat(cache.token()).isEqualTo("token-1");
        assertThat(fetches).hasValue(1);
    }

    @Test
    void a_token_within_the_refresh_margin_is_replaced() {
        cache.token();
        clock.advance(Duration.ofSeconds(3540));
        assertThat(cache.token()).isEqualTo("token-2");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void an_invalidated_token_is_fetched_again() {
        cache.token();
        cache.invalidate();
        assertThat(cache.token()).isEqualTo("token-2");
    }

    @Test
    void a_refused_token_that_was_already_replaced_keeps_the_replacement_and_fetches_nothing() {
        cache.token();
        cache.invalidate("token-1");
        assertThat(cache.token()).isEqualTo("token-2");

        cache.invalidate("token-1"); // a second call refused with the old token, answered late

        assertThat(cache.token()).isEqualTo("token-2");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void refusing_a_token_when_none_is_cached_fetches_nothing() {
        cache.invalidate("token-0");

        assertThat(fetches).hasValue(0);
    }

    @Test
    void concurrent_callers_share_one_fetch() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> tokens = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                tokens.add(pool.submit(() -> {
                    go.await();
                    return cache.token();
                }));
            }
            go.countDown();
            for (Future<String> token : tokens) {
                assertThat(token.get(5, TimeUnit.SECONDS)).isEqualTo("token-1");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fetches).hasValue(1);
    }
}
