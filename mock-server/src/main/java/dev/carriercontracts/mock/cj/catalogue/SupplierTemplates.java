package dev.carriercontracts.mock.cj.catalogue;

import dev.carriercontracts.mock.cj.CjCode;
import dev.carriercontracts.mock.cj.Outcome;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The templates suppliers defined for products they ship themselves (seed 1.4). A product SKU no template set
 * names is not a self-shipped product: it is left out of the answer.
 */
public final class SupplierTemplates {

    private final List<TemplateSet> sets;

    public SupplierTemplates(List<TemplateSet> sets) {
        this.sets = List.copyOf(sets);
    }

    /** One group per template set that applies to some requested SKUs, with those SKUs in request order. */
    public Outcome<List<TemplateGroup>> forSkus(List<String> requested) {
        Set<String> skus = new LinkedHashSet<>();
        for (String sku : requested) {
            if (Catalogue.isMagicNotFound(sku)) {
                return Outcome.refused(CjCode.PRODUCT_NOT_FOUND, "no product with the SKU " + sku);
            }
            skus.add(sku.trim());
        }
        List<TemplateGroup> groups = new ArrayList<>();
        for (TemplateSet set : sets) {
            List<String> matching = skus.stream().filter(sku -> names(set, sku)).toList();
            if (!matching.isEmpty()) {
                groups.add(new TemplateGroup(matching, set.templates()));
            }
        }
        return Outcome.done(groups);
    }

    private static boolean names(TemplateSet set, String sku) {
        return set.skus().stream().anyMatch(s -> s.toUpperCase(Locale.ROOT).equals(sku.toUpperCase(Locale.ROOT)));
    }
}
