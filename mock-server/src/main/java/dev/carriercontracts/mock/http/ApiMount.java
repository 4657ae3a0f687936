package dev.carriercontracts.mock.http;

import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.auth.Authenticator;
import dev.carriercontracts.mock.carrier.CarrierModule;
import dev.carriercontracts.mock.carrier.ErrorFormat;
import dev.carriercontracts.mock.carrier.Route;
import dev.carriercontracts.mock.carrier.RouteTable;
import dev.carriercontracts.mock.validation.LazySpecValidator;

import java.util.ArrayList;
import java.util.List;

/**
 * An API served under a base path: a carrier, or the admin API. Everything the request pipeline
 * needs to know about it.
 */
public final class ApiMount {

    private final String name;
    private final Carrier carrier;
    private final String basePath;
    private final ErrorFormat errors;
    private final Authenticator authenticator;
    private final List<Route> routes;
    private final List<PathTemplate> templates;
    private final LazySpecValidator spec;

    public ApiMount(String name, Carrier carrier, String basePath, ErrorFormat errors, Authenticator authenticator,
                    List<Route> routes, LazySpecValidator spec) {
        this.name = name;
        this.carrier = carrier;
        this.basePath = basePath;
        this.errors = errors;
        this.authenticator = authenticator;
        this.routes = List.copyOf(routes);
        this.templates = this.routes.stream().map(r -> new PathTemplate(r.path())).toList();
        this.spec = spec;
    }

    /** A carrier module, mounted under its carrier's base path. */
    public static ApiMount of(CarrierModule module, LazySpecValidator spec) {
        RouteTable table = new RouteTable();
        module.routes(table);
        Carrier carrier = module.carrier();
        return new ApiMount(carrier.id(), carrier, carrier.basePath(), module.errorFormat(), module.authenticator(),
                table.routes(), spec);
    }

    public String name() {
        return name;
    }

    /** The carrier, or null for the admin API (which gets no faults and no journal entries). */
    public Carrier carrier() {
        return carrier;
    }

    public String basePath() {
        return basePath;
    }

    public ErrorFormat errors() {
        return errors;
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    public List<Route> routes() {
        return routes;
    }

    public LazySpecValidator spec() {
        return spec;
    }

    /** Whether a request path is under this API's base path. */
    public boolean contains(String path) {
        return path.equals(basePath) || path.startsWith(basePath + "/");
    }

    /** The methods some route answers at this path (relative to nothing: the full request path). */
    public List<String> methodsAt(String path) {
        String relative = path.substring(basePath.length());
        List<String> methods = new ArrayList<>();
        for (int i = 0; i < routes.size(); i++) {
            String method = routes.get(i).method().name();
            if (templates.get(i).matches(relative) && !methods.contains(method)) {
                methods.add(method);
            }
        }
        return methods;
    }
}
