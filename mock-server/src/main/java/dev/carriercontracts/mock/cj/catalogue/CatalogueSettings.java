package dev.carriercontracts.mock.cj.catalogue;

import java.util.List;

/**
 * The {@code catalogue} section of the CJ config.
 *
 * @param unknownVariants {@code derive}: a vid or SKU the catalogue does not list gets a weight and a price
 *                        derived from it; {@code refuse}: it is not found (code 1602000)
 */
public record CatalogueSettings(List<Variant> variants, String unknownVariants, List<TemplateSet> supplierTemplates) {

    public static final String DERIVE = "derive";
    public static final String REFUSE = "refuse";
}
