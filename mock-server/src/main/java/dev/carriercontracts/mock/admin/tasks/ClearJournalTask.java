package dev.carriercontracts.mock.admin.tasks;

import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.carrier.CarrierHandler;
import dev.carriercontracts.mock.journal.RequestJournal;

/** DELETE /journal: forgets every recorded request. */
public final class ClearJournalTask implements CarrierHandler {

    private final RequestJournal journal;

    public ClearJournalTask(RequestJournal journal) {
        this.journal = journal;
    }

    @Override
    public void handle(CarrierCall call) {
        journal.clear();
        call.respondEmpty(204);
    }
}
