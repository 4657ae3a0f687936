package dev.carriercontracts.mock.junit5.faults;

import dev.carriercontracts.client.cnexpress.CnExpressClient;
import dev.carriercontracts.client.cnexpress.CnExpressException;
import dev.carriercontracts.client.cnexpress.api.CnExpressApi;
import dev.carriercontracts.client.cnexpress.model.Account;
import dev.carriercontracts.client.cnexpress.model.NewOrderRequest;
import dev.carriercontracts.client.core.ClientOptions;
import dev.carriercontracts.client.core.RetryPolicy;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.faults.Fault;
import dev.carriercontracts.mock.faults.FaultInjector;
import dev.carriercontracts.mock.faults.FaultRule;
import dev.carriercontracts.mock.journal.JournalEntry;
import dev.carriercontracts.mock.journal.JournalQuery;
import dev.carriercontracts.mock.journal.RequestJournal;
import dev.carriercontracts.mock.junit5.BaseUrl;
import dev.carriercontracts.mock.junit5.CarrierMockExtension;
import dev.carriercontracts.mock.junit5.Credential;
import dev.carriercontracts.mock.junit5.MockCredential;
import feign.RetryableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client jars' retries, against faults the mock server injects: idempotent calls recover from
 * 503, 429 and dropped connections; creates are never sent twice; retries can be switched off.
 * Answered calls are counted in the journal; dropped ones as they arrive ({@link Arrivals}), since the
 * journal records a dropped call only after the client has seen the connection close.
 * Shown with CNExpress ({@code getAccount} is a GET, {@code createRequest} a POST); the retry logic
 * is client-core's, shared by every carrier.
 */
class ClientRetriesTest {

    /** Three attempts, as by default, but with short waits so the suite stays fast. */
    static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(5));

    @RegisterExtension
    static CarrierMockExtension mock = CarrierMockExtension.builder()
            .clientOptions(options -> options.withRetryPolicy(QUICK))
            .build();

    @Test
    void an_idempotent_call_recovers_from_two_503s(CnExpressApi cnexpress, FaultInjector faults, RequestJournal journal) {
        faults.add(FaultRule.nextCalls(Carrier.CNEXPRESS, "getAccount", new Fault.ErrorStatus(503), 2));

        Account account = cnexpress.getAccount();

        assertThat(account.getUsername()).isNotBlank();
        assertThat(statuses(journal, "getAccount")).containsExactly(503, 503, 200);
    }

    @Test
    void an_idempotent_call_gives_up_after_its_attempts_with_the_carriers_own_error(CnExpressApi cnexpress, FaultInjector faults,
                                                                                   RequestJournal journal) {
        faults.add(FaultRule.always(Carrier.CNEXPRESS, "getAccount", new Fault.ErrorStatus(503)));

        assertThatThrownBy(cnexpress::getAccount).isInstanceOfSatisfying(CnExpressException.class,
                e -> assertThat(e.status()).isEqualTo(503));
        assertThat(statuses(journal, "getAccount")).containsExactly(503, 503, 503);
    }

    @Test
    void a_rate_limited_idempotent_call_waits_as_long_as_retry_after_asks(CnExpressApi cnexpress, FaultInjector faults,
                                                                         RequestJournal journal) {
        faults.add(FaultRule.nextCalls(Carrier.CNEXPRESS, "getAccount", new Fault.RateLimit(Duration.ofSeconds(1)), 1));

        long started = System.nanoTime();
        cnexpress.getAccount();
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(statuses(journal, "getAccount")).containsExactly(429, 200);
        assertThat(journal.find(JournalQuery.all().status(429)).get(0).fault()).isEqualTo("rate-limit");
        assertThat(waited).as("Retry-After: 1 asks for a second, the policy's own backoff is 10 ms").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void a_dropped_connection_is_retried_for_an_idempotent_call(CnExpressApi cnexpress, FaultInjector faults) {
        faults.add(FaultRule.nextCalls(Carrier.CNEXPRESS, "getAccount", new Fault.DropConnection(), 1));
        Arrivals arrivals = Arrivals.of(faults, Carrier.CNEXPRESS, "getAccount");

        assertThat(cnexpress.getAccount().getUsername()).isNotBlank();
        assertThat(arrivals.count()).isEqualTo(2);
    }

    @Test
    void a_dropped_connection_is_not_retried_for_a_create(CnExpressApi cnexpress, FaultInjector faults) {
        faults.add(FaultRule.always(Carrier.CNEXPRESS, "createRequest", new Fault.DropConnection()));
        Arrivals arrivals = Arrivals.of(faults, Carrier.CNEXPRESS, "createRequest");

        assertThatThrownBy(() -> cnexpress.createRequest(new NewOrderRequest().orderNo("DROP-1")))
                .isInstanceOf(RetryableException.class);
        assertThat(arrivals.count()).isEqualTo(1);
    }

    @Test
    void a_503_on_a_create_is_not_retried(CnExpressApi cnexpress, FaultInjector faults, RequestJournal journal) {
        faults.add(FaultRule.always(Carrier.CNEXPRESS, "createRequest", new Fault.ErrorStatus(503)));

        assertThatThrownBy(() -> cnexpress.createRequest(new NewOrderRequest().orderNo("BUSY-1")))
                .isInstanceOfSatisfying(CnExpressException.class, e -> assertThat(e.status()).isEqualTo(503));
        journal.verify(Carrier.CNEXPRESS, "createRequest").once();
    }

    @Test
    void a_429_on_a_create_is_not_retried_either(CnExpressApi cnexpress, FaultInjector faults, RequestJournal journal) {
        faults.add(FaultRule.always(Carrier.CNEXPRESS, "createRequest", new Fault.RateLimit(Duration.ZERO)));

        assertThatThrownBy(() -> cnexpress.createRequest(new NewOrderRequest().orderNo("LIMIT-1")))
                .isInstanceOfSatisfying(CnExpressException.class, e -> assertThat(e.status()).isEqualTo(429));
        journal.verify(Carrier.CNEXPRESS, "createRequest").once();
    }

    @Test
    void with_retries_switched_off_the_first_503_surfaces(@BaseUrl(Carrier.CNEXPRESS) String url,
                                                         @Credential(Carrier.CNEXPRESS) MockCredential account,
                                                         FaultInjector faults, RequestJournal journal) {
        CnExpressApi noRetries = CnExpressClient.create(url, account.id(), account.secret(),
                ClientOptions.defaults().withRetryPolicy(RetryPolicy.disabled()));
        faults.add(FaultRule.nextCalls(Carrier.CNEXPRESS, "getAccount", new Fault.ErrorStatus(503), 1));

        assertThatThrownBy(noRetries::getAccount).isInstanceOf(CnExpressException.class);
        assertThat(statuses(journal, "getAccount")).containsExactly(503);
    }

    @Test
    void with_retries_switched_off_a_dropped_connection_surfaces(@BaseUrl(Carrier.CNEXPRESS) String url,
                                                                @Credential(Carrier.CNEXPRESS) MockCredential account,
                                                                FaultInjector faults) {
        CnExpressApi noRetries = CnExpressClient.create(url, account.id(), account.secret(),
                ClientOptions.defaults().withRetryPolicy(RetryPolicy.disabled()));
        faults.add(FaultRule.nextCalls(Carrier.CNEXPRESS, "getAccount", new Fault.DropConnection(), 1));
        Arrivals arrivals = Arrivals.of(faults, Carrier.CNEXPRESS, "getAccount");

        assertThatThrownBy(noRetries::getAccount).isInstanceOf(RetryableException.class);
        assertThat(arrivals.count()).isEqualTo(1);
    }

    private static List<Integer> statuses(RequestJournal journal, String operationId) {
        return journal.verify(Carrier.CNEXPRESS, operationId).entries().stream().map(JournalEntry::status).toList();
    }
}
