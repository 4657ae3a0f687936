package dev.carriercontracts.mock.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.faults.FaultInjector;
import dev.carriercontracts.mock.faults.FaultScheduler;
import dev.carriercontracts.mock.journal.RequestJournal;

import java.util.concurrent.Executor;

/**
 * The server-wide pieces every request pipeline shares.
 *
 * @param workers the server's request threads, where work that may block or take long runs
 */
public record PipelineServices(MockClock clock, ObjectMapper json, FaultInjector faults, FaultScheduler scheduler,
                               RequestJournal journal, JournalRecorder recorder, ResponseWriter writer,
                               long maxBodyBytes, Executor workers) {
}
