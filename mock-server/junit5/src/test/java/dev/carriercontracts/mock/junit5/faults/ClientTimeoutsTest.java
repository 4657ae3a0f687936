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
 * The client jars' read timeout, against latency the mock server injects. A slow answer is still on
 * its way when the client gives up (and when the next test starts), so calls are counted as they
 * arrive ({@link Arrivals}), not in the journal.
 */
@CarrierMock
class ClientTimeoutsTest {

    // wide margins: the build machine may be busy, and a timeout test must not fail for that
    static final Duration TIMEOUT = Duration.ofSeconds(1);
    static final Duration SLOW = Duration.ofSeconds(5);
    static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(1));

    String url;
    MockCredential account;

    @BeforeEach
    void account(@BaseUrl(Carrier.CNEXPRESS) String url, @Credential(Carrier.CNEXPRESS) MockCredential account,
                 CnExpressApi cnexpress) {
        this.url = url;
        this.account = account;
        cnexpress.getAccount(); // the server's first call of an operation prepares its validator: not inside a timed call
    }

    @Test
    void an_answer_slower_than_the_read_timeout_fails_the_call_with_a_timeout(FaultInjector faults) {
        faults.add(FaultRule.always(Carrier.CNEXPRESS, "getAccount", Fault.Latency.fixed(SLOW)));
        CnExpressApi cnexpress = client(RetryPolicy.disabled());

        long started = System.nanoTime();
        assertThatThrownBy(cnexpress::getAccount).isInstanceOf(RetryableException.class)
                .hasCauseInstanceOf(SocketTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SLOW);
    }

    @Test
    void an_answer_within_the_read_timeout_is_only_slow(FaultInjector faults) {
        faults.add(FaultRule.always(Carrier.CNEXPRESS, "getAccount", Fault.Latency.fixed(Duration.ofMillis(200))));
        CnExpressApi cnexpress = client(RetryPolicy.disabled());

        long started = System.nanoTime();
        assertThat(cnexpress.getAccount().getUsername()).isEqualTo(account.id());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void a_timed_out_idempotent_call_is_retried_and_succeeds_when_the_carrier_is_fast_again(FaultInjector faults) {
        faults.add(FaultRule.nextCalls(Carrier.CNEXPRESS, "getAccount", Fault.Latency.fixed(SLOW), 1));
        Arrivals arrivals = Arrivals.of(faults, Carrier.CNEXPRESS, "getAccount");

        assertThat(client(QUICK).getAccount().getUsername()).isEqualTo(account.id());
        assertThat(arrivals.count()).isEqualTo(2);
    }

    @Test
    void a_timed_out_create_is_not_sent_again(FaultInjector faults) {
        faults.add(FaultRule.always(Carrier.CNEXPRESS, "createRequest", Fault.Latency.fixed(SLOW)));
        Arrivals arrivals = Arrivals.of(faults, Carrier.CNEXPRESS, "createRequest");

        assertThatThrownBy(() -> client(QUICK).createRequest(new NewOrderRequest().orderNo("SLOW-1")))
                .isInstanceOf(RetryableException.class)
                .hasCauseInstanceOf(SocketTimeoutException.class);
        assertThat(arrivals.count()).isEqualTo(1);
    }

    private CnExpressApi client(RetryPolicy retries) {
        return CnExpressClient.create(url, account.id(), account.secret(),
                ClientOptions.defaults().withReadTimeout(TIMEOUT).withRetryPolicy(retries));
    }
}
