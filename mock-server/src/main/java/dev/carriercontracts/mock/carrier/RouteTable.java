package dev.carriercontracts.mock.carrier;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a carrier module declares its operations, one line each:
 * <pre>{@code
 * routes.get("/account", "getAccount", accounts::show);
 * routes.post("/requests", "createRequest", requests::create);
 * routes.post("/oauth/token", "getToken", tokens::issue).withoutAuthentication();
 * }</pre>
 * Routes are matched in declaration order, so declare a literal path before a template that would
 * also match it.
 */
public final class RouteTable {

    /** A declared route, which can still be adjusted. */
    public final class Declared {
        private final int index;

        private Declared(int index) {
            this.index = index;
        }

        /** The operation takes no credentials (the handler sees a null credential). */
        public Declared withoutAuthentication() {
            routes.set(index, routes.get(index).withoutAuthentication());
            return this;
        }

        /** The handler takes long (it renders a document): it never runs on an I/O thread. */
        public Declared slow() {
            routes.set(index, routes.get(index).slowToAnswer());
            return this;
        }
    }

    private final List<Route> routes = new ArrayList<>();

    public Declared get(String path, String operationId, CarrierHandler handler) {
        return add(HttpMethod.GET, path, operationId, handler);
    }

    public Declared post(String path, String operationId, CarrierHandler handler) {
        return add(HttpMethod.POST, path, operationId, handler);
    }

    public Declared put(String path, String operationId, CarrierHandler handler) {
        return add(HttpMethod.PUT, path, operationId, handler);
    }

    public Declared patch(String path, String operationId, CarrierHandler handler) {
        return add(HttpMethod.PATCH, path, operationId, handler);
    }

    public Declared delete(String path, String operationId, CarrierHandler handler) {
        return add(HttpMethod.DELETE, path, operationId, handler);
    }

    public Declared add(HttpMethod method, String path, String operationId, CarrierHandler handler) {
        for (Route r : routes) {
            if (r.operationId().equals(operationId)) {
                throw new IllegalArgumentException("operationId '" + operationId + "' is declared twice");
            }
        }
        routes.add(new Route(method, path, operationId, handler, true, false));
        return new Declared(routes.size() - 1);
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }
}
