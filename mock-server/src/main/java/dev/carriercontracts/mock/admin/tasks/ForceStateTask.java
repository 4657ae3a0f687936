package dev.carriercontracts.mock.admin.tasks;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.admin.AdminApi;
import dev.carriercontracts.mock.admin.AdminErrorFormat;
import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.carrier.CarrierHandler;
import dev.carriercontracts.mock.carrier.ForceResult;

import java.util.Optional;

/** POST /{carrier}/{kind}/{id}/state {"state": "Failed"}: puts an entity into a state now. */
public final class ForceStateTask implements CarrierHandler {

    private final AdminApi admin;

    public ForceStateTask(AdminApi admin) {
        this.admin = admin;
    }

    @Override
    public void handle(CarrierCall call) {
        Optional<Carrier> carrier = ServedCarrier.from(call.pathParam("carrier"), call, admin);
        if (carrier.isEmpty()) {
            return;
        }
        String kind = call.pathParam("kind");
        String id = call.pathParam("id");
        String state = call.body().path("state").asText();
        ForceResult result = admin.forceState(carrier.get(), kind, id, state);
        if (result instanceof ForceResult.Forced forced) {
            call.respond(200, forced.entity());
        } else if (result instanceof ForceResult.UnknownKind unknown) {
            call.fail(AdminErrorFormat.error(404, "unknown_kind", carrier.get().id() + " has no entities of kind '" + kind
                    + "'; kinds: " + String.join(", ", unknown.kinds().stream().sorted().toList())));
        } else if (result instanceof ForceResult.UnknownEntity) {
            call.fail(AdminErrorFormat.error(404, "unknown_entity", "no " + kind + " '" + id + "' at " + carrier.get().id()));
        } else if (result instanceof ForceResult.UnknownState unknown) {
            call.fail(AdminErrorFormat.error(400, "unknown_state", "a " + kind + " has no state '" + state + "'; states: "
                    + String.join(", ", unknown.states())));
        } else if (result instanceof ForceResult.Refused refused) {
            call.fail(AdminErrorFormat.error(409, "transition_refused", refused.reason()));
        }
    }
}
