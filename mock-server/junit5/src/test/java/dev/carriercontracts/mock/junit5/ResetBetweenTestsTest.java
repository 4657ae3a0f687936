package dev.carriercontracts.mock.junit5;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.clock.ClockMode;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.faults.Fault;
import dev.carriercontracts.mock.faults.FaultInjector;
import dev.carriercontracts.mock.faults.FaultRule;
import dev.carriercontracts.mock.journal.JournalEntry;
import dev.carriercontracts.mock.journal.RequestJournal;
import dev.carriercontracts.mock.junit5.support.TestKit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * By default each test starts from the server's start: empty stores and journal, configured faults
 * only, clock at its start. Each scenario's second test asserts what the first one left behind.
 */
class ResetBetweenTestsTest {

    static final Instant START = Instant.parse("2026-05-01T08:00:00Z");

    @Test
    void by_default_each_test_starts_with_an_empty_journal_no_added_fault_and_the_clock_at_its_start() {
        passes(TestKit.run(ResetByDefault.class));
    }

    @Test
    void faults_from_the_config_and_the_builder_survive_the_reset() {
        passes(TestKit.run(ConfiguredFaultsSurvive.class));
    }

    @Test
    void with_reset_never_what_a_test_leaves_is_there_for_the_next() {
        passes(TestKit.run(NeverReset.class));
    }

    @Test
    void a_system_clock_is_put_back_on_real_time_and_moved_offsets_are_undone() {
        passes(TestKit.run(SystemClockReset.class));
    }

    private static void passes(EngineExecutionResults results) {
        assertThat(TestKit.failureMessages(results)).isEmpty();
        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    /** Puts one of everything into the server: a journal entry, a fault, a moved clock. */
    static void leaveTraces(MockClock clock, RequestJournal journal, FaultInjector faults) {
        clock.advance(Duration.ofHours(3));
        journal.record(new JournalEntry(0, clock.instant(), Carrier.CNEXPRESS, "alice", "getAccount", "GET",
                "/cnexpress/api/v1/account", "", Map.of(), "", false, 200, 1, null));
        faults.add(FaultRule.always(Carrier.CNEXPRESS, "getAccount", new Fault.ErrorStatus(503)));
    }

    @CarrierMock(start = "2026-05-01T08:00:00Z")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ResetByDefault {
        @Test
        @Order(1)
        void leaves_traces(MockClock clock, RequestJournal journal, FaultInjector faults) {
            leaveTraces(clock, journal, faults);
        }

        @Test
        @Order(2)
        void finds_none(MockClock clock, RequestJournal journal, FaultInjector faults) {
            assertThat(clock.instant()).isEqualTo(START);
            assertThat(clock.mode()).isEqualTo(ClockMode.VIRTUAL);
            assertThat(journal.all()).isEmpty();
            assertThat(faults.list()).isEmpty();
        }
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ConfiguredFaultsSurvive {
        @RegisterExtension
        static CarrierMockExtension mock = CarrierMockExtension.builder()
                .configYaml("""
                        carriers:
                          cdek:
                            faults:
                              - {operationId: getOrder, type: error, status: 502}
                        """)
                .fault(FaultRule.nextCalls(Carrier.CNEXPRESS, "createRequest", new Fault.ErrorStatus(503), 2))
                .build();

        @Test
        @Order(1)
        void uses_up_and_removes_faults(FaultInjector faults) {
            assertThat(faults.list()).hasSize(2);
            faults.plan(Carrier.CNEXPRESS, "createRequest");
            faults.plan(Carrier.CNEXPRESS, "createRequest");
            faults.clear(Carrier.CDEK);
            assertThat(faults.list()).isEmpty();
        }

        @Test
        @Order(2)
        void finds_them_back(FaultInjector faults) {
            assertThat(faults.list()).extracting(active -> active.rule().carrier() + " " + active.rule().operationId()
                            + " " + active.rule().fault() + " " + active.remaining())
                    .containsExactlyInAnyOrder("CDEK getOrder ErrorStatus[status=502] null",
                            "CNEXPRESS createRequest ErrorStatus[status=503] 2");
        }
    }

    @CarrierMock(start = "2026-05-01T08:00:00Z", reset = Reset.NEVER)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class NeverReset {
        @Test
        @Order(1)
        void leaves_traces(MockClock clock, RequestJournal journal, FaultInjector faults) {
            leaveTraces(clock, journal, faults);
        }

        @Test
        @Order(2)
        void finds_them(MockClock clock, RequestJournal journal, FaultInjector faults) {
            assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofHours(3)));
            assertThat(journal.all()).hasSize(1);
            assertThat(faults.list()).hasSize(1);
        }
    }

    @CarrierMock(clock = ClockMode.SYSTEM)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class SystemClockReset {
        @Test
        @Order(1)
        void moves_the_clock_a_year_ahead_and_freezes_it(MockClock clock) {
            clock.advance(Duration.ofDays(365));
            clock.freeze();
        }

        @Test
        @Order(2)
        void finds_real_time(MockClock clock) {
            assertThat(clock.mode()).isEqualTo(ClockMode.SYSTEM);
            assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
        }
    }
}
