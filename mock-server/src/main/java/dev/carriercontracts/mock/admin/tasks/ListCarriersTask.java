package dev.carriercontracts.mock.admin.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.admin.AdminApi;
import dev.carriercontracts.mock.admin.CarrierDescription;
import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.carrier.CarrierHandler;
import dev.carriercontracts.mock.carrier.StateMachineDiagram;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** GET /carriers: how to call each served carrier, and the states its entities go through (console). */
public final class ListCarriersTask implements CarrierHandler {

    record Carriers(List<CarrierView> carriers) {
    }

    record CarrierView(String id, String basePath, List<AccountView> credentials, List<OperationView> operations,
                       List<String> entityKinds, List<MachineView> stateMachines) {
    }

    record AccountView(String id, String secret, Map<String, JsonNode> attributes) {
    }

    record OperationView(String operationId, String method, String path, boolean authenticated) {
    }

    record MachineView(String name, String kind, String initial, List<String> states, List<String> finals,
                       List<StateMachineDiagram.Transition> transitions) {

        static MachineView of(StateMachineDiagram machine) {
            Set<String> states = new LinkedHashSet<>();
            states.add(machine.initial());
            machine.transitions().forEach(t -> {
                states.add(t.from());
                states.add(t.to());
            });
            states.addAll(machine.finals());
            return new MachineView(machine.name(), machine.kind(), machine.initial(), List.copyOf(states), machine.finals(),
                    machine.transitions());
        }
    }

    private final AdminApi admin;

    public ListCarriersTask(AdminApi admin) {
        this.admin = admin;
    }

    @Override
    public void handle(CarrierCall call) {
        call.respond(200, new Carriers(admin.describeCarriers().stream().map(ListCarriersTask::view).toList()));
    }

    private static CarrierView view(CarrierDescription carrier) {
        return new CarrierView(carrier.carrier().id(), carrier.carrier().basePath(),
                carrier.credentials().stream().map(c -> new AccountView(c.id(), c.secret(), new TreeMap<>(c.attributes()))).toList(),
                carrier.routes().stream().map(r -> new OperationView(r.operationId(), r.method().name(), r.path(), r.authenticated())).toList(),
                carrier.entityKinds(),
                carrier.stateMachines().stream().map(MachineView::of).toList());
    }
}
