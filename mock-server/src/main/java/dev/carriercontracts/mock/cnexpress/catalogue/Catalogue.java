package dev.carriercontracts.mock.cnexpress.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What CNExpress ships, where and how: products, routes, the receiver city tree and the tins a package may
 * hold. Built once from the config; read-only and shared by every call. Stored packages refer to products
 * and cities by index, so the names are held once, here.
 */
public final class Catalogue {

    private final List<Product> products;
    private final Map<String, Integer> productByBarcode = new HashMap<>();
    private final Map<String, Integer> productByName = new HashMap<>();
    private final byte[][] productNames;
    private final byte[][] productBarcodes;
    private final Map<String, Route> routes = new LinkedHashMap<>();
    private final Route defaultRoute;
    private final CityTree cities;
    private final int[] tinsPerPackage;

    public Catalogue(List<Product> products, List<Route> routes, Route defaultRoute, CityTree cities, List<Integer> tinsPerPackage) {
        this.products = List.copyOf(products);
        this.productNames = new byte[products.size()][];
        this.productBarcodes = new byte[products.size()][];
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            productByBarcode.putIfAbsent(p.barcode(), i);
            productByName.putIfAbsent(p.name(), i);
            productNames[i] = p.name().getBytes(StandardCharsets.UTF_8);
            productBarcodes[i] = p.barcode().getBytes(StandardCharsets.UTF_8);
        }
        routes.forEach(r -> this.routes.put(r.code(), r));
        this.defaultRoute = defaultRoute;
        this.cities = cities;
        this.tinsPerPackage = tinsPerPackage.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }

    public List<Product> products() {
        return products;
    }

    /** A product's index by barcode, or -1. */
    public int productByBarcode(String barcode) {
        return productByBarcode.getOrDefault(barcode, -1);
    }

    /** A product's index by name, or -1. */
    public int productByName(String name) {
        return productByName.getOrDefault(name, -1);
    }

    public Optional<Product> product(String barcode) {
        Integer index = productByBarcode.get(barcode);
        return index == null ? Optional.empty() : Optional.of(products.get(index));
    }

    public Product product(int index) {
        return products.get(index);
    }

    /** The product's name as UTF-8 (shared: do not modify). */
    public byte[] productNameUtf8(int index) {
        return productNames[index];
    }

    /** The product's barcode as UTF-8 (shared: do not modify). */
    public byte[] productBarcodeUtf8(int index) {
        return productBarcodes[index];
    }

    public List<Route> routes() {
        return List.copyOf(routes.values());
    }

    public Optional<Route> route(String code) {
        return Optional.ofNullable(routes.get(code));
    }

    /** The route of an order request that gives no route_code. */
    public Route defaultRoute() {
        return defaultRoute;
    }

    public CityTree cities() {
        return cities;
    }

    public boolean allowsTins(int tins) {
        return Arrays.binarySearch(tinsPerPackage, tins) >= 0;
    }

    /** "4 or 6", as the refusal of a package says it. */
    public String allowedTins() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tinsPerPackage.length; i++) {
            if (i > 0) {
                text.append(i == tinsPerPackage.length - 1 ? " or " : ", ");
            }
            text.append(tinsPerPackage[i]);
        }
        return text.toString();
    }
}
