package dev.carriercontracts.mock.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carriercontracts.mock.admin.tasks.AddFaultTask;
import dev.carriercontracts.mock.admin.tasks.AdvanceClockTask;
import dev.carriercontracts.mock.admin.tasks.ClearFaultsTask;
import dev.carriercontracts.mock.admin.tasks.ClearJournalTask;
import dev.carriercontracts.mock.admin.tasks.ForceStateTask;
import dev.carriercontracts.mock.admin.tasks.GetClockTask;
import dev.carriercontracts.mock.admin.tasks.GetJournalTask;
import dev.carriercontracts.mock.admin.tasks.HealthTask;
import dev.carriercontracts.mock.admin.tasks.ListCarriersTask;
import dev.carriercontracts.mock.admin.tasks.ListEntitiesTask;
import dev.carriercontracts.mock.admin.tasks.ListFaultsTask;
import dev.carriercontracts.mock.admin.tasks.ResetTask;
import dev.carriercontracts.mock.admin.tasks.SetClockTask;
import dev.carriercontracts.mock.auth.Authenticator;
import dev.carriercontracts.mock.carrier.RouteTable;
import dev.carriercontracts.mock.faults.FaultInjector;
import dev.carriercontracts.mock.http.ApiMount;
import dev.carriercontracts.mock.journal.RequestJournal;
import dev.carriercontracts.mock.validation.LazySpecValidator;

/**
 * The admin API under {@code /__admin}, specified in {@code carrier-specs/mock-admin.yaml} and
 * validated against it like any carrier. One line per operation, one small task class each.
 */
public final class AdminRoutes {

    public static final String BASE_PATH = "/__admin";
    public static final String SPEC = "carrier-specs/mock-admin.yaml";

    private AdminRoutes() {
    }

    public static ApiMount mount(AdminApi admin, RequestJournal journal, FaultInjector faults, ObjectMapper json) {
        RouteTable routes = new RouteTable();
        routes.get("/health", "getHealth", new HealthTask(admin));
        routes.get("/carriers", "listCarriers", new ListCarriersTask(admin));
        routes.post("/reset", "reset", new ResetTask(admin));
        routes.get("/clock", "getClock", new GetClockTask(admin));
        routes.put("/clock", "setClock", new SetClockTask(admin));
        routes.post("/clock/advance", "advanceClock", new AdvanceClockTask(admin));
        routes.get("/journal", "getJournal", new GetJournalTask(journal));
        routes.delete("/journal", "clearJournal", new ClearJournalTask(journal));
        routes.get("/faults", "listFaults", new ListFaultsTask(faults));
        routes.post("/faults", "addFault", new AddFaultTask(faults));
        routes.delete("/faults", "clearFaults", new ClearFaultsTask(faults));
        routes.get("/{carrier}/entities", "listEntities", new ListEntitiesTask(admin));
        routes.post("/{carrier}/{kind}/{id}/state", "forceState", new ForceStateTask(admin));
        return new ApiMount("admin", null, BASE_PATH, new AdminErrorFormat(), Authenticator.NONE, routes.routes(),
                new LazySpecValidator(SPEC, json));
    }
}
