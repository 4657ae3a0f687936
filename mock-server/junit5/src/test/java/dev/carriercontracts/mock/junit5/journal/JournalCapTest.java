package dev.carriercontracts.mock.junit5.journal;

import dev.carriercontracts.client.cnexpress.api.CnExpressApi;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.journal.JournalEntry;
import dev.carriercontracts.mock.journal.RequestJournal;
import dev.carriercontracts.mock.junit5.CarrierMockExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The journal is capped by {@code server.journal.maxEntries}: it keeps the newest requests and says what it dropped. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the reset test runs last, after the others filled the journal
class JournalCapTest {

    @RegisterExtension
    static CarrierMockExtension mock = CarrierMockExtension.builder()
            .configYaml("server: {journal: {maxEntries: 3}}")
            .build();

    @Test
    void a_full_journal_keeps_the_newest_requests(CnExpressApi cnexpress, RequestJournal journal) {
        IntStream.range(0, 5).forEach(i -> cnexpress.getAccount());
        cnexpress.listProducts();

        assertThat(journal.capacity()).isEqualTo(3);
        assertThat(journal.all()).extracting(JournalEntry::operationId).containsExactly("getAccount", "getAccount", "listProducts");
        assertThat(journal.dropped()).isEqualTo(3);
    }

    @Test
    void a_verification_that_counts_dropped_requests_says_the_journal_was_full(CnExpressApi cnexpress, RequestJournal journal) {
        IntStream.range(0, 5).forEach(i -> cnexpress.getAccount());

        assertThatThrownBy(() -> journal.verify(Carrier.CNEXPRESS, "getAccount").times(5))
                .hasMessageStartingWith("Expected exactly 5 request(s) matching [carrier = cnexpress, operation = getAccount], but found 3.")
                .hasMessageEndingWith("The journal keeps the newest 3 requests and has dropped 2 older one(s):"
                        + " raise server.journal.maxEntries to keep them.");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void the_reset_between_tests_empties_it_and_forgets_what_was_dropped(RequestJournal journal) {
        assertThat(journal.all()).isEmpty();
        assertThat(journal.dropped()).isZero();
    }
}
