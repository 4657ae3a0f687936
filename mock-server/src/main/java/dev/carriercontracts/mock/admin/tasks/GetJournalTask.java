package dev.carriercontracts.mock.admin.tasks;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.admin.AdminErrorFormat;
import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.carrier.CarrierHandler;
import dev.carriercontracts.mock.journal.JournalEntry;
import dev.carriercontracts.mock.journal.JournalQuery;
import dev.carriercontracts.mock.journal.RequestJournal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * GET /journal: recorded requests, oldest first, filtered by {@code carrier}, {@code operationId},
 * {@code credential}, {@code method}, {@code path}, {@code status}, {@code since}; {@code limit}
 * keeps the newest.
 */
public final class GetJournalTask implements CarrierHandler {

    record Journal(List<JournalEntry> entries, int capacity, long dropped) {
    }

    private final RequestJournal journal;

    public GetJournalTask(RequestJournal journal) {
        this.journal = journal;
    }

    @Override
    public void handle(CarrierCall call) {
        JournalQuery query = JournalQuery.all()
                .operationId(call.queryParam("operationId"))
                .credentialId(call.queryParam("credential"))
                .method(call.queryParam("method"))
                .path(call.queryParam("path"))
                .status(call.queryParam("status") != null ? Integer.valueOf(call.queryParam("status")) : null)
                .since(call.queryParam("since") == null ? null : Instant.parse(call.queryParam("since")))
                .limit(call.queryParam("limit") == null ? null : Integer.valueOf(call.queryParam("limit")));
        String carrierId = call.queryParam("carrier");
        if (carrierId != null) {
            Optional<Carrier> carrier = Carrier.byId(carrierId);
            if (carrier.isEmpty()) {
                call.fail(AdminErrorFormat.error(404, "unknown_carrier", "no carrier '" + carrierId + "'"));
                return;
            }
            query = query.carrier(carrier.get());
        }
        call.respond(200, new Journal(journal.find(query), journal.capacity(), journal.dropped()));
    }
}
