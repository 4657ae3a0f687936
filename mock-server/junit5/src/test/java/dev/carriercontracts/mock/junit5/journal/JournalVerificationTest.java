package dev.carriercontracts.mock.junit5.journal;

import dev.carriercontracts.client.cnexpress.api.CnExpressApi;
import dev.carriercontracts.client.cnexpress.model.OrderRequest;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.journal.JournalQuery;
import dev.carriercontracts.mock.journal.RequestJournal;
import dev.carriercontracts.mock.junit5.CarrierMock;
import dev.carriercontracts.mock.junit5.Credential;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.carriercontracts.mock.junit5.support.CnExpressOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Verify-style assertions on what a carrier received, as a test writes them, and what their failures say. */
@CarrierMock
class JournalVerificationTest {

    @Test
    void cnexpress_received_exactly_one_create_request_with_an_order_no(CnExpressApi cnexpress, RequestJournal journal) {
        cnexpress.createRequest(order("A-1"));
        cnexpress.createRequest(order("A-2"));

        journal.verify(Carrier.CNEXPRESS, "createRequest").withBody("/order_no", "A-1").once();
        journal.verify(Carrier.CNEXPRESS, "createRequest").withBody("/packages/0/receiver_city", "上海").times(2);
        journal.verify(Carrier.CNEXPRESS, "createRequest").withBody("/order_no", "A-3").never();
        journal.verify(Carrier.CNEXPRESS, "createRequest").withCredential("my_username").withStatus(201).atLeast(2);
        journal.verify(Carrier.CNEXPRESS, "getRequest").atMost(0);
    }

    @Test
    void downloads_are_verified_like_any_other_call(CnExpressApi cnexpress, MockClock clock, RequestJournal journal) {
        OrderRequest created = cnexpress.createRequest(order("A-1"));
        clock.advance(Duration.ofMinutes(1));
        cnexpress.getRequestWaybills(created.getRequestNo());

        journal.verify(Carrier.CNEXPRESS, "getRequestWaybills")
                .where("for " + created.getRequestNo(), e -> e.path().endsWith("/" + created.getRequestNo()))
                .withStatus(200).once();
    }

    @Test
    void each_account_is_verified_apart(CnExpressApi mine, @Credential(value = Carrier.CNEXPRESS, id = "your_username") CnExpressApi yours,
                                        RequestJournal journal) {
        mine.createRequest(order("MINE"));
        yours.createRequest(order("YOURS"));

        journal.verify(JournalQuery.all().carrier(Carrier.CNEXPRESS).credentialId("your_username").method("POST"))
                .withBody("/order_no", "YOURS").once();
        journal.verify(Carrier.CNEXPRESS, "createRequest").withCredential("your_username").withBody("/order_no", "MINE").never();
    }

    @Test
    void a_failed_verification_says_what_was_expected_and_lists_what_arrived(CnExpressApi cnexpress, RequestJournal journal) {
        cnexpress.createRequest(order("A-2"));

        assertThatThrownBy(() -> journal.verify(Carrier.CNEXPRESS, "createRequest").withBody("/order_no", "A-1").once())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected exactly 1 request(s) matching [carrier = cnexpress, operation = createRequest,"
                        + " body /order_no = \"A-1\"], but found 0.\nRequests matching the query alone (1):\n  #")
                .hasMessageContaining(" POST /cnexpress/api/v1/requests -> 201 {\"order_no\":\"A-2\",");
    }

    @Test
    void an_empty_journal_fails_a_verification_without_blaming_a_full_journal(RequestJournal journal) {
        assertThatThrownBy(() -> journal.verify(Carrier.CNEXPRESS, "createRequest").atLeast(1))
                .hasMessage("Expected at least 1 request(s) matching [carrier = cnexpress, operation = createRequest],"
                        + " but found 0.\nRequests matching the query alone (0):");
        assertThat(journal.dropped()).isZero();
    }
}
