package dev.carriercontracts.mock.cnexpress.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.cnexpress.CnExpressErrors;
import dev.carriercontracts.mock.cnexpress.wire.BaseUrls;

import java.util.List;

/** The catalogue operations: products, cities and routes, each list and each look-up by key. */
public final class CatalogueHandlers {

    record ProductView(String url, String name, String barcode) {
    }

    record RouteView(String url, String name, String code) {
    }

    /** A node of the tree as the API writes it: {@code contains} left out on the leaves. */
    record CityView(String name, List<CityView> contains) {

        static CityView of(City city) {
            return new CityView(city.name(), city.contains().isEmpty() ? null : city.contains().stream().map(CityView::of).toList());
        }
    }

    private final Catalogue catalogue;
    private final BaseUrls urls;
    private final byte[] cities;

    public CatalogueHandlers(Catalogue catalogue, BaseUrls urls, ObjectMapper json) {
        this.catalogue = catalogue;
        this.urls = urls;
        try {
            this.cities = json.writeValueAsBytes(catalogue.cities().roots().stream().map(CityView::of).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the cities tree", e);
        }
    }

    public void products(CarrierCall call) {
        String base = base(call);
        call.respond(200, catalogue.products().stream().map(p -> view(p, base)).toList());
    }

    public void product(CarrierCall call) {
        catalogue.product(call.pathParam("barcode")).ifPresentOrElse(
                p -> call.respond(200, view(p, base(call))),
                () -> call.fail(CnExpressErrors.notFound()));
    }

    public void cities(CarrierCall call) {
        call.respondBytes(200, "application/json", cities);
    }

    public void routes(CarrierCall call) {
        String base = base(call);
        call.respond(200, catalogue.routes().stream().map(r -> view(r, base)).toList());
    }

    public void route(CarrierCall call) {
        catalogue.route(call.pathParam("code")).ifPresentOrElse(
                r -> call.respond(200, view(r, base(call))),
                () -> call.fail(CnExpressErrors.notFound()));
    }

    private String base(CarrierCall call) {
        return urls.of(call.header("Host"), call.header("X-Forwarded-Proto")).text();
    }

    private static ProductView view(Product p, String base) {
        return new ProductView(base + "/products/" + p.barcode(), p.name(), p.barcode());
    }

    private static RouteView view(Route r, String base) {
        return new RouteView(base + "/routes/" + r.code(), r.name(), r.code());
    }
}
