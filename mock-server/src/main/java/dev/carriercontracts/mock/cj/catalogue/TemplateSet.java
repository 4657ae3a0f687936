package dev.carriercontracts.mock.cj.catalogue;

import java.util.List;

/** Supplier templates and the product SKUs they apply to. */
public record TemplateSet(List<String> skus, List<SupplierTemplate> templates) {
}
