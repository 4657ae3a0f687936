package dev.carriercontracts.mock.junit5.faults;

import dev.carriercontracts.client.cnexpress.CnExpressClient;
import dev.carriercontracts.client.cnexpress.api.CnExpressApi;
import dev.carriercontracts.client.cnexpress.model.NewOrderRequest;
import dev.carriercontracts.client.core.ClientOptions;
import dev.carriercontracts.client.core.RetryPolicy;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.faults.Fault;
import dev.carriercontracts.mock.faults.FaultInjector;
import dev.carriercontracts.mock.faults.FaultRule;
import dev.carriercontracts.mock.junit5.BaseUrl;
import dev.carriercontracts.mock.junit5.CarrierMock;
import dev.carriercontracts.mock.junit5.Credential;
import dev.carriercontracts.mock.junit5.MockCredential;
import feign.RetryableException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.SocketTimeoutException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client jars' read timeout, against latency the mock server injects. A slow answer is still
 * on its way when the next test starts, so these tests never count journal entries: arrivals are
 * counted by a {@code times} rule, which counts each matching call as it arrives.
 */
@CarrierMock
class ClientTimeoutsTest {

    static final Duration TIMEOUT = Duration.ofMillis(300);
    static final Duration SLOW = Duration.ofSeconds(1);
    static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(1));

    String url;
    MockCredential account;

    @BeforeEach
    void account(@BaseUrl(Carrier.CNEXPRESS) String url, @Credential(Carrier.CNEXPRESS) MockCredential account) {
        this.url = url;
        this.account = account;
    }

    @Test
    void an_answer_slower_than_the_read_timeout_fails_the_call_with_a_timeout(FaultInjector faults) {
        faults.add(FaultRule.always(Carrier.CNEXPRESS, "getAccount", Fault.Latency.fixed(SLOW)));
        CnExpressApi cnexpress = client(RetryPolicy.disabled());

        long started = System.nanoTime();
        assertThatThrownBy(cnexpress::getAccount).isInstanceOf(RetryableException.class)
                .hasRootCauseInstanceOf(SocketTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SLOW);
    }

    @Test
    void an_answer_within_the_read_timeout_is_only_slow(FaultInjector faults) {
        faults.add(FaultRule.always(Carrier.CNEXPRESS, "getAccount", Fault.Latency.fixed(Duration.ofMillis(100))));
        CnExpressApi cnexpress = client(RetryPolicy.disabled());

        long started = System.nanoTime();
        assertThat(cnexpress.getAccount().getUsername()).isEqualTo(account.id());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    }

    @Test
    void a_timed_out_idempotent_call_is_retried_and_succeeds_when_the_carrier_is_fast_again(FaultInjector faults) {
        faults.add(FaultRule.nextCalls(Carrier.CNEXPRESS, "getAccount", Fault.Latency.fixed(SLOW), 1));
        FaultRule arrivals = faults.add(counter("getAccount"));

        assertThat(client(QUICK).getAccount().getUsername()).isEqualTo(account.id());
        assertThat(arrived(faults, arrivals)).isEqualTo(2);
    }

    @Test
    void a_timed_out_create_is_not_sent_again(FaultInjector faults) {
        faults.add(FaultRule.always(Carrier.CNEXPRESS, "createRequest", Fault.Latency.fixed(SLOW)));
        FaultRule arrivals = faults.add(counter("createRequest"));

        assertThatThrownBy(() -> client(QUICK).createRequest(new NewOrderRequest().orderNo("SLOW-1")))
                .isInstanceOf(RetryableException.class)
                .hasRootCauseInstanceOf(SocketTimeoutException.class);
        assertThat(arrived(faults, arrivals)).isEqualTo(1);
    }

    private CnExpressApi client(RetryPolicy retries) {
        return CnExpressClient.create(url, account.id(), account.secret(),
                ClientOptions.defaults().withReadTimeout(TIMEOUT).withRetryPolicy(retries));
    }

    /** A rule that changes nothing (no delay) but counts the calls it sees. */
    private static FaultRule counter(String operationId) {
        return FaultRule.nextCalls(Carrier.CNEXPRESS, operationId, Fault.Latency.fixed(Duration.ZERO), 100);
    }

    private static int arrived(FaultInjector faults, FaultRule counter) {
        return 100 - faults.find(counter.id()).orElseThrow().remaining();
    }
}
