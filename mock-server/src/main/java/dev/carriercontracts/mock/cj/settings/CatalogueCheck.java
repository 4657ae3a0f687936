package dev.carriercontracts.mock.cj.settings;

import dev.carriercontracts.mock.cj.catalogue.CatalogueSettings;
import dev.carriercontracts.mock.cj.catalogue.SupplierTemplate;
import dev.carriercontracts.mock.cj.catalogue.TemplateSet;
import dev.carriercontracts.mock.cj.catalogue.Variant;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the {@code catalogue} section must hold. */
final class CatalogueCheck {

    private static final String AT = CjSettings.BASE + "/catalogue";

    private final CatalogueSettings catalogue;
    private final Problems problems;

    CatalogueCheck(CatalogueSettings catalogue, Problems problems) {
        this.catalogue = catalogue;
        this.problems = problems;
    }

    void run() {
        if (catalogue.unknownVariants() != null
                && !List.of(CatalogueSettings.DERIVE, CatalogueSettings.REFUSE).contains(catalogue.unknownVariants())) {
            problems.add(AT + "/unknownVariants", "must be 'derive' or 'refuse': '" + catalogue.unknownVariants() + "'");
        }
        if (catalogue.variants() == null) {
            problems.add(AT + "/variants", "is required (an empty list when every variant is derived)");
        } else {
            Set<String> vids = new HashSet<>();
            for (int i = 0; i < catalogue.variants().size(); i++) {
                variant(AT + "/variants/" + i, catalogue.variants().get(i), vids);
            }
        }
        if (catalogue.supplierTemplates() == null) {
            problems.add(AT + "/supplierTemplates", "is required (an empty list when no product is self-shipped)");
        } else {
            for (int i = 0; i < catalogue.supplierTemplates().size(); i++) {
                templates(AT + "/supplierTemplates/" + i, catalogue.supplierTemplates().get(i));
            }
        }
    }

    private void variant(String at, Variant v, Set<String> vids) {
        if (problems.present(at + "/vid", v.vid()) && !vids.add(v.vid().toUpperCase())) {
            problems.add(at + "/vid", "another variant has the vid " + v.vid());
        }
        if (v.weightGrams() <= 0) {
            problems.add(at + "/weightGrams", "must be greater than 0");
        }
        if (problems.present(at + "/priceUsd", v.priceUsd())) {
            problems.notNegative(at + "/priceUsd", v.priceUsd());
        }
    }

    private void templates(String at, TemplateSet set) {
        problems.present(at + "/skus", set.skus());
        if (problems.present(at + "/templates", set.templates())) {
            for (int i = 0; i < set.templates().size(); i++) {
                SupplierTemplate t = set.templates().get(i);
                String where = at + "/templates/" + i;
                if (problems.present(where + "/id", t.id())) {
                    problems.atMost(where + "/id", t.id(), 100);
                }
                if (problems.present(where + "/logisticsName", t.logisticsName())) {
                    problems.atMost(where + "/logisticsName", t.logisticsName(), 200);
                }
                problems.notNegative(where + "/postage", t.postage());
                problems.present(where + "/startCountryCode", t.startCountryCode());
                problems.present(where + "/destCountryCode", t.destCountryCode());
            }
        }
    }
}
