package dev.carriercontracts.mock.cj.catalogue;

import java.util.List;

/** An answer item of getSupplierLogisticsTemplate: requested SKUs and the templates that apply to them. */
public record TemplateGroup(List<String> skuList, List<SupplierTemplate> logisticsInfoList) {
}
