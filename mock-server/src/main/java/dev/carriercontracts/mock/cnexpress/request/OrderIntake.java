package dev.carriercontracts.mock.cnexpress.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.cnexpress.catalogue.Catalogue;
import dev.carriercontracts.mock.cnexpress.catalogue.CityTree;
import dev.carriercontracts.mock.cnexpress.catalogue.Route;

/**
 * The rules the carrier applies to {@code POST /requests} beyond the spec's schema (which the platform has
 * already checked): products from the catalogue by barcode or name, 4 or 6 tins per package, a receiver city
 * of the tree outside 香港/澳门/台湾, a known route. Every broken rule is reported, not only the first, as
 * the carrier's framework does. One pass over the packages, which are encoded as they are read.
 */
public final class OrderIntake {

    /** What the intake made of an order request. */
    public sealed interface Outcome {
        record Accepted(NewRequest request) implements Outcome {
        }

        record Refused(FieldErrors errors) implements Outcome {
        }
    }

    static final String[] TEXT_FIELDS = {
            "sender_name", "sender_phone_number", "sender_address", "receiver_name", "receiver_phone_number",
            "receiver_address", "receiver_post_code", "receiver_id_number", "weight", "package_no"};

    private final Catalogue catalogue;

    public OrderIntake(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Outcome read(JsonNode body) {
        FieldErrors errors = new FieldErrors();
        Route route = route(body.path("route_code"), errors);
        String orderNo = body.path("order_no").textValue();
        JsonNode packages = body.path("packages");
        if (!packages.isArray() || packages.isEmpty()) {
            errors.add("packages", "This list may not be empty.");
            return new Outcome.Refused(errors);
        }
        PackageBlob.Writer blob = new PackageBlob.Writer();
        long total = 0;
        int failure = orderNo != null && orderNo.startsWith(RequestState.FAIL_MAGIC) ? StoredRequest.ORDER_FAILURE : 0;
        for (int p = 0; p < packages.size(); p++) {
            JsonNode pkg = packages.get(p);
            int tins = readPackage(pkg, "Package " + (p + 1), blob, errors);
            if (route != null && tins > 0) {
                total += route.rateFor(tins);
            }
            String packageNo = pkg.path("package_no").textValue();
            if (failure == 0 && packageNo != null && packageNo.startsWith(RequestState.FAIL_MAGIC)) {
                failure = p + 1;
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome.Refused(errors);
        }
        return new Outcome.Accepted(new NewRequest(route, orderNo, blob.toBytes(), packages.size(), total, failure));
    }

    private Route route(JsonNode code, FieldErrors errors) {
        if (code.isMissingNode() || code.isNull() || code.asText().isEmpty()) {
            return catalogue.defaultRoute();
        }
        Route route = catalogue.route(code.asText()).orElse(null);
        if (route == null) {
            errors.add("route_code", "Object with code=" + code.asText() + " does not exist.");
        }
        return route;
    }

    /** Reads and encodes one package; its number of tins when it is valid, 0 otherwise. */
    private int readPackage(JsonNode pkg, String position, PackageBlob.Writer blob, FieldErrors errors) {
        int before = errorCount(errors);
        long length = dimension(pkg, "length", position, errors);
        long width = dimension(pkg, "width", position, errors);
        long height = dimension(pkg, "height", position, errors);
        int city = city(pkg.path("receiver_city"), position, errors);
        for (int t = 0; t < TEXT_FIELDS.length; t++) {
            JsonNode text = pkg.path(TEXT_FIELDS[t]);
            if (!text.isTextual() && t != PackageBlob.PACKAGE_NO) {
                errors.add(TEXT_FIELDS[t], position + ": This field is required.");
            }
        }
        if (pkg.path("weight").isTextual() && !isDecimal(pkg.path("weight").textValue())) {
            errors.add("weight", position + ": A valid number is required.");
        }
        JsonNode items = pkg.path("items");
        if (!items.isArray() || items.isEmpty()) {
            errors.add("items", position + ": This list may not be empty.");
            return 0;
        }
        int[] products = new int[items.size()];
        int[] counts = new int[items.size()];
        long tins = 0;
        boolean countsValid = true;
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            products[i] = product(item, position, i, errors);
            JsonNode count = item.path("count");
            if (!count.isIntegralNumber() || !count.canConvertToLong() || count.asLong() < 1) {
                errors.add("count", position + ", item " + (i + 1) + ": Ensure this value is greater than or equal to 1.");
                countsValid = false;
            } else {
                counts[i] = (int) Math.min(count.asLong(), Integer.MAX_VALUE);
                tins = Math.min(tins + counts[i], Integer.MAX_VALUE);
            }
        }
        if (countsValid && !catalogue.allowsTins((int) tins)) {
            errors.add("items", position + ": the item counts add up to " + tins + "; a package must hold "
                    + catalogue.allowedTins() + " tins.");
        }
        if (errorCount(errors) != before) {
            return 0;
        }
        blob.startPackage((int) tins, length, width, height, city, items.size());
        for (int i = 0; i < items.size(); i++) {
            blob.item(products[i], counts[i]);
        }
        for (String field : TEXT_FIELDS) {
            blob.text(pkg.path(field).textValue());
        }
        return (int) tins;
    }

    private int product(JsonNode item, String position, int i, FieldErrors errors) {
        JsonNode barcode = item.path("barcode");
        JsonNode name = item.path("name");
        if (barcode.isTextual()) {   // barcode wins over name (seed)
            int product = catalogue.productByBarcode(barcode.textValue());
            if (product < 0) {
                errors.add("items", position + ": no product has the barcode " + barcode.textValue() + ".");
            }
            return product;
        }
        if (name.isTextual()) {
            int product = catalogue.productByName(name.textValue());
            if (product < 0) {
                errors.add("items", position + ": no product is named " + name.textValue() + ".");
            }
            return product;
        }
        errors.add("items", position + ", item " + (i + 1) + ": set barcode or name.");
        return -1;
    }

    private int city(JsonNode name, String position, FieldErrors errors) {
        if (!name.isTextual()) {
            errors.add("receiver_city", position + ": This field is required.");
            return -1;
        }
        CityTree.Verdict verdict = catalogue.cities().judge(name.textValue());
        if (verdict instanceof CityTree.Verdict.Accepted accepted) {
            return accepted.index();
        }
        if (verdict instanceof CityTree.Verdict.Refused) {
            errors.add("receiver_city", position + ": " + name.textValue() + " cannot be used as a receiver city.");
        } else {
            errors.add("receiver_city", position + ": " + name.textValue() + " is not a city returned by /cities.");
        }
        return -1;
    }

    private static long dimension(JsonNode pkg, String field, String position, FieldErrors errors) {
        JsonNode value = pkg.path(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            errors.add(field, position + ": A valid integer is required.");
            return 0;
        }
        return value.asLong();
    }

    /** The weight's pattern, {@code ^[0-9]+(\.[0-9]+)?$}, without a regex. */
    static boolean isDecimal(String s) {
        int i = 0;
        int n = s.length();
        int digits = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (s.charAt(i) != '.') {
            return false;
        }
        i++;
        int decimals = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            decimals++;
        }
        return decimals > 0 && i == n;
    }

    private static int errorCount(FieldErrors errors) {
        return errors.size();
    }
}
